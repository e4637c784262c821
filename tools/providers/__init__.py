"""Market-data providers behind one interface: ``live`` (yfinance) and ``snapshot`` (offline data the project ships)."""
