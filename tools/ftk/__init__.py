"""FinanceToolkit plumbing behind :mod:`tools.ftk_tools`. Importing this package imports nothing heavy: pandas and
financetoolkit load only when :mod:`tools.ftk.frames` or :mod:`tools.ftk.engine` is imported (at a tool's first
call)."""
