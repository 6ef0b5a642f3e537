"""The spec's regional clusters: the API host and the download host of each (written by scripts/generate.py)."""

CLUSTERS: dict[str, tuple[str, str]] = {
    "eu": ("https://api.voucherify.io", "https://download.voucherify.io"),
    "us1": ("https://us1.api.voucherify.io", "https://us1.download.voucherify.io"),
    "as1": ("https://as1.api.voucherify.io", "https://as1.download.voucherify.io"),
}
