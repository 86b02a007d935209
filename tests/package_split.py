"""Checks shared by the tests of a module split into a package of one module per decision (test_totals_package,
test_victims_package): every old name is one object, defined in exactly one module; each module has a docstring and
stays small."""
from __future__ import annotations

import importlib
import pathlib
import pkgutil
import types


def package_modules(pkg: types.ModuleType) -> dict[str, types.ModuleType]:
    """The package's modules by short name."""
    return {m.name: importlib.import_module(f"{pkg.__name__}.{m.name}") for m in pkgutil.iter_modules(pkg.__path__)}


def assert_one_object_each(pkg: types.ModuleType, names: list[str]) -> None:
    """Each of ``names`` is, in every module that holds it, the package's object (imported or defined: never a copy),
    and each function is defined in exactly one module."""
    owners: dict[str, list[str]] = {}
    for mod_name, mod in package_modules(pkg).items():
        for name in names:
            value = mod.__dict__.get(name)
            if value is None:
                continue
            assert value is getattr(pkg, name), (mod_name, name)
            if isinstance(value, types.FunctionType) and value.__module__ == mod.__name__:
                owners.setdefault(name, []).append(mod_name)
    functions = [n for n in names if isinstance(getattr(pkg, n), types.FunctionType)]
    assert all(len(owners.get(n, [])) == 1 for n in functions), {n: owners.get(n) for n in functions}


def assert_modules_documented_and_small(pkg: types.ModuleType, most_lines: int = 200) -> None:
    """Each module says what it decides (a docstring) and has at most ``most_lines`` lines."""
    for mod_name, mod in package_modules(pkg).items():
        assert mod.__doc__ and mod.__doc__.strip(), mod_name
        assert len(pathlib.Path(mod.__file__).read_text().splitlines()) <= most_lines, mod_name
