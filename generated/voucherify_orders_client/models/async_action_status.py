from enum import StrEnum


class AsyncActionStatus(StrEnum):
    DONE = "DONE"
    ENQUEUED = "ENQUEUED"
    FAILED = "FAILED"
    IN_PROGRESS = "IN_PROGRESS"

    @classmethod
    def _missing_(cls, value: object) -> "AsyncActionStatus | None":
        # The API adds values without notice; keep an undocumented one as a
        # pseudo-member so parsing never fails and the value round-trips unchanged.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNDOCUMENTED"
        member._value_ = value
        return member

    @classmethod
    def from_json(cls, value: str) -> "AsyncActionStatus":
        """The member for a value read from JSON; an undocumented one is kept (see `_missing_`)."""
        member = cls._value2member_map_.get(value)
        return member if member is not None else cls(value)  # type: ignore[return-value]

    @property
    def is_documented(self) -> bool:
        """False for a value the spec does not list (kept as received)."""
        return self._value_ in type(self)._value2member_map_

    def __str__(self) -> str:
        return str(self.value)
