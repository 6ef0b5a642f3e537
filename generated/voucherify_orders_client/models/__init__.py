"""Contains all the data models used in inputs/outputs

Each model is imported on first use (PEP 562), so importing the package costs
almost nothing; `from ... import Model` works as before.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .async_action import AsyncAction
    from .async_action_created import AsyncActionCreated
    from .async_action_object import AsyncActionObject
    from .async_action_operation_status import AsyncActionOperationStatus
    from .async_action_result import AsyncActionResult
    from .async_action_status import AsyncActionStatus
    from .customer_address import CustomerAddress
    from .customer_reference import CustomerReference
    from .customer_reference_object import CustomerReferenceObject
    from .customer_upsert import CustomerUpsert
    from .error import Error
    from .export import Export
    from .export_object import ExportObject
    from .export_parameters import ExportParameters
    from .export_parameters_filters import ExportParametersFilters
    from .export_result import ExportResult
    from .export_status import ExportStatus
    from .field_filter import FieldFilter
    from .filter_conditions import FilterConditions
    from .filter_junction import FilterJunction
    from .list_orders_sort import ListOrdersSort
    from .metadata import Metadata
    from .order import Order
    from .order_create import OrderCreate
    from .order_export_create import OrderExportCreate
    from .order_export_filters import OrderExportFilters
    from .order_export_parameters import OrderExportParameters
    from .order_export_sort import OrderExportSort
    from .order_import_item import OrderImportItem
    from .order_item import OrderItem
    from .order_item_create import OrderItemCreate
    from .order_item_object import OrderItemObject
    from .order_item_related_object import OrderItemRelatedObject
    from .order_object import OrderObject
    from .order_redemptions import OrderRedemptions
    from .order_status import OrderStatus
    from .order_update import OrderUpdate
    from .orders_import_failure import OrdersImportFailure
    from .orders_import_result import OrdersImportResult
    from .orders_list import OrdersList
    from .orders_list_data_ref import OrdersListDataRef
    from .orders_list_object import OrdersListObject
    from .product_upsert import ProductUpsert
    from .redemption_entry import RedemptionEntry
    from .sku_upsert import SkuUpsert

_MODULES = {
    "AsyncAction": ".async_action",
    "AsyncActionCreated": ".async_action_created",
    "AsyncActionObject": ".async_action_object",
    "AsyncActionOperationStatus": ".async_action_operation_status",
    "AsyncActionResult": ".async_action_result",
    "AsyncActionStatus": ".async_action_status",
    "CustomerAddress": ".customer_address",
    "CustomerReference": ".customer_reference",
    "CustomerReferenceObject": ".customer_reference_object",
    "CustomerUpsert": ".customer_upsert",
    "Error": ".error",
    "Export": ".export",
    "ExportObject": ".export_object",
    "ExportParameters": ".export_parameters",
    "ExportParametersFilters": ".export_parameters_filters",
    "ExportResult": ".export_result",
    "ExportStatus": ".export_status",
    "FieldFilter": ".field_filter",
    "FilterConditions": ".filter_conditions",
    "FilterJunction": ".filter_junction",
    "ListOrdersSort": ".list_orders_sort",
    "Metadata": ".metadata",
    "Order": ".order",
    "OrderCreate": ".order_create",
    "OrderExportCreate": ".order_export_create",
    "OrderExportFilters": ".order_export_filters",
    "OrderExportParameters": ".order_export_parameters",
    "OrderExportSort": ".order_export_sort",
    "OrderImportItem": ".order_import_item",
    "OrderItem": ".order_item",
    "OrderItemCreate": ".order_item_create",
    "OrderItemObject": ".order_item_object",
    "OrderItemRelatedObject": ".order_item_related_object",
    "OrderObject": ".order_object",
    "OrderRedemptions": ".order_redemptions",
    "OrderStatus": ".order_status",
    "OrderUpdate": ".order_update",
    "OrdersImportFailure": ".orders_import_failure",
    "OrdersImportResult": ".orders_import_result",
    "OrdersList": ".orders_list",
    "OrdersListDataRef": ".orders_list_data_ref",
    "OrdersListObject": ".orders_list_object",
    "ProductUpsert": ".product_upsert",
    "RedemptionEntry": ".redemption_entry",
    "SkuUpsert": ".sku_upsert",
}


if not TYPE_CHECKING:  # a type checker would read any misspelt name through it as Any

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        value = getattr(import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULES))


__all__ = (
    "AsyncAction",
    "AsyncActionCreated",
    "AsyncActionObject",
    "AsyncActionOperationStatus",
    "AsyncActionResult",
    "AsyncActionStatus",
    "CustomerAddress",
    "CustomerReference",
    "CustomerReferenceObject",
    "CustomerUpsert",
    "Error",
    "Export",
    "ExportObject",
    "ExportParameters",
    "ExportParametersFilters",
    "ExportResult",
    "ExportStatus",
    "FieldFilter",
    "FilterConditions",
    "FilterJunction",
    "ListOrdersSort",
    "Metadata",
    "Order",
    "OrderCreate",
    "OrderExportCreate",
    "OrderExportFilters",
    "OrderExportParameters",
    "OrderExportSort",
    "OrderImportItem",
    "OrderItem",
    "OrderItemCreate",
    "OrderItemObject",
    "OrderItemRelatedObject",
    "OrderObject",
    "OrderRedemptions",
    "OrdersImportFailure",
    "OrdersImportResult",
    "OrdersList",
    "OrdersListDataRef",
    "OrdersListObject",
    "OrderStatus",
    "OrderUpdate",
    "ProductUpsert",
    "RedemptionEntry",
    "SkuUpsert",
)
