"""Nothing here: the generated package never sends a request, so it raises no HTTP errors.

The client (voucherify_orders) raises its own, one type per failure class.
"""
