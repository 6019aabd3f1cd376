"""An audit hook that notes every path a process opens or lists inside the project's live data.

The test session installs it in its own process (tests/support/live_guard.py) and, through this
module being ``sitecustomize`` on ``PYTHONPATH``, in every Python process its tests start. In a
subprocess each reach is one line in the file ``KOMPETANSE_LIVE_GUARD_LOG`` names; the session
reads that file after each test.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from types import FrameType

FOLDERS_VARIABLE = "KOMPETANSE_LIVE_FOLDERS"
LOG_VARIABLE = "KOMPETANSE_LIVE_GUARD_LOG"
# The audit events that read, list, copy or move by path (``Path.read_text``, ``glob``,
# ``shutil.copytree`` and ``os.walk`` all end in one of them).
PATH_EVENTS = frozenset(
    {
        "open",
        "os.listdir",
        "os.scandir",
        "glob.glob",
        "shutil.copyfile",
        "shutil.copytree",
        "os.rename",
        "os.remove",
        "os.rmdir",
        "os.mkdir",
    }
)


def within(path: object, folders: tuple[str, ...]) -> str | None:
    """The real path (links followed) when it lies in one of the folders (``None`` otherwise or
    for a file descriptor). ``os.path`` rather than ``pathlib``: this runs inside an audit hook
    at every start of a test's subprocess, where importing less is better."""
    if isinstance(path, int) or path is None:
        return None
    try:
        absolute = real_path(os.fsdecode(path))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    hit = any(absolute == folder or absolute.startswith(folder + os.sep) for folder in folders)
    return absolute if hit else None


# Where the kernel names what a descriptor is open on (Linux).
DESCRIPTOR_NAMES = "/proc/self/fd"
KERNEL_RESOLVES = os.path.isdir(DESCRIPTOR_NAMES)  # noqa: PTH112 (see within())


def real_path(path: str) -> str:
    """``os.path.realpath``, for a path that exists asked of the kernel: it opens the path
    without reading it (``O_PATH``) and reads back the name the descriptor has, three system
    calls where ``realpath`` makes one per folder on the way. The hook asks this at every file
    a process opens, so the difference is most of what the guard costs."""
    if not KERNEL_RESOLVES:
        return os.path.realpath(path)
    try:
        descriptor = os.open(path, os.O_PATH | os.O_CLOEXEC)
    except FileNotFoundError:
        return real_path_of_new(path)
    except OSError:  # a loop, no permission
        return os.path.realpath(path)
    try:
        return os.readlink(f"{DESCRIPTOR_NAMES}/{descriptor}")  # noqa: PTH115
    finally:
        os.close(descriptor)


def real_path_of_new(path: str) -> str:
    """The real path of a name that is not there yet (a file being made): its folder's real path
    and the name, when the name is no link; otherwise ``os.path.realpath``."""
    folder, name = os.path.split(path)
    if name in ("", ".", "..") or os.path.lexists(path):
        return os.path.realpath(path)
    return os.path.join(real_path(folder or "."), name)  # noqa: PTH118 (see within())


# Where an event's ``dir_fd`` argument is: a path relative to a directory descriptor (how
# ``shutil.rmtree`` walks a tree) is not relative to the working directory.
DIR_FD_ARGUMENT = {"os.remove": 1, "os.rmdir": 1, "os.mkdir": 2, "os.rename": 2}


def relative_to_a_descriptor(event: str, args: tuple[object, ...]) -> bool:
    """True when the path may be relative to a directory descriptor rather than the working
    directory: a ``dir_fd`` was given, or (``open`` tells no ``dir_fd``) it is one bare name,
    which is how tree walkers open the entries of a directory they hold open."""
    path = args[0]
    if not isinstance(path, str | bytes) or os.path.isabs(path):  # noqa: PTH117 (see within())
        return False
    if event == "open":
        return os.sep not in os.fsdecode(path)
    place = DIR_FD_ARGUMENT.get(event)
    return place is not None and len(args) > place and args[place] is not None


def only_locates(event: str, args: tuple[object, ...]) -> bool:
    """True for an ``open`` with ``O_PATH``: it finds the file and reads nothing. That is how
    :func:`real_path` asks the kernel, and another copy of this hook in the process (the
    session's and the one this module installs as ``sitecustomize``) sees its asking."""
    flags = args[2] if event == "open" and len(args) > 2 else None
    return isinstance(flags, int) and bool(flags & getattr(os, "O_PATH", 0))


def looking_for_packages() -> bool:
    """True when the listing is ``pkgutil`` looking for modules on ``sys.path`` (frictionless
    does so for its plugins, and the project folder is on the path): it lists each folder for an
    ``__init__.py`` and reads no file."""
    frame: FrameType | None = sys._getframe(2)
    for _ in range(4):
        if frame is None:
            return False
        if frame.f_globals.get("__name__") == "pkgutil":
            return True
        frame = frame.f_back
    return False


def install_hook(folders: tuple[str, ...], note: Callable[[str, str], None]) -> None:
    """Call ``note(event, path)`` for every path event inside ``folders`` from now on."""
    busy = False

    def hook(event: str, args: tuple[object, ...]) -> None:
        nonlocal busy
        if event not in PATH_EVENTS or busy or not args or relative_to_a_descriptor(event, args):
            return
        if only_locates(event, args):
            return
        busy = True
        try:
            absolute = within(args[0], folders)
            if absolute is not None and not (event == "os.listdir" and looking_for_packages()):
                note(event, absolute)
        finally:
            busy = False

    sys.addaudithook(hook)


# Set when this process starts a test session of its own (an xdist worker, say): from then on
# that session guards it, and the log of the session that started it is left alone.
silenced: list[bool] = []


def silence() -> None:
    """Stop writing to the log this process inherited."""
    silenced.append(True)


def append_to_log(log: str) -> Callable[[str, str], None]:
    """A ``note`` that appends one line per reach to the log file (until silenced)."""

    def note(event: str, path: str) -> None:
        if silenced:
            return
        with open(log, "a", encoding="utf-8") as handle:  # noqa: PTH123 (see within())
            handle.write(f"{os.getpid()}<{os.getppid()} {event} {path}\n")

    return note


def install_from_environment() -> None:
    """Install the hook when the test session asked for it (it sets both variables)."""
    folders = tuple(f for f in os.environ.get(FOLDERS_VARIABLE, "").split(os.pathsep) if f)
    log = os.environ.get(LOG_VARIABLE)
    if folders and log:
        install_hook(folders, append_to_log(log))


if __name__ == "sitecustomize":  # started as a process's sitecustomize, not imported by the plugin
    install_from_environment()
