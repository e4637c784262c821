"""What every ``elson`` command shares: the one-line error exit and the progress bar."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import NoReturn

import typer


def fail(message: str) -> NoReturn:
    """A one-line error on stderr and exit status 2."""
    typer.echo(f"elson: error: {message}", err=True)
    raise typer.Exit(2)


@contextmanager
def progress(label: str, total: int | None) -> Iterator[Callable[..., None]]:
    """A rich progress bar on stderr, only on a terminal (a log file or a pipe gets the one-line results, not
    progress frames); yields ``advance(n=1)``."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, transient=True, disable=not console.is_terminal) as bar:
        task = bar.add_task(label, total=total)

        def advance(n: int = 1) -> None:
            bar.advance(task, n)

        yield advance
