"""Voucherify's Orders API, generated from the curated spec: models in `.models`, resources and operations in `.api`."""
