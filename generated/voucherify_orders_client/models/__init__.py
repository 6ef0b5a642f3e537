"""Contains all the data models used in inputs/outputs"""

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
from .date_filter import DateFilter
from .date_filter_conditions import DateFilterConditions
from .error import Error
from .export import Export
from .export_object import ExportObject
from .export_parameters import ExportParameters
from .export_parameters_filters import ExportParametersFilters
from .export_result import ExportResult
from .export_status import ExportStatus
from .field_filter import FieldFilter
from .field_filter_conditions import FieldFilterConditions
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
    "DateFilter",
    "DateFilterConditions",
    "Error",
    "Export",
    "ExportObject",
    "ExportParameters",
    "ExportParametersFilters",
    "ExportResult",
    "ExportStatus",
    "FieldFilter",
    "FieldFilterConditions",
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
