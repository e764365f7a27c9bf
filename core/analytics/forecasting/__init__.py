"""The parts of the weekly ticket forecast: complete weeks, candidate methods, level shifts and the backtest
that chooses among them (``core/analytics/forecast.py`` puts them together)."""
