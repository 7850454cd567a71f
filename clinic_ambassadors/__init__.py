"""Clinic Ambassadors: run an employee-ambassador programme in a medical practice."""

__version__ = "0.1.0"
