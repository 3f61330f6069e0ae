"""The layout the README describes is the one the code has, and import-linter's contracts hold."""

import ast
import re
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LAYERS_BLOCK = re.compile(
    r"<!-- layers: generated from \[tool.importlinter\] in pyproject.toml -->\n```\n(.*?)```\n"
    r"<!-- /layers -->",
    re.DOTALL,
)
PORTAL_LAYERS = ["operations", "staff", "db", "mail", "content", "sitewide", "opendata", "demo"]


def contract(contract_id):
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
    return next(each for each in config["contracts"] if each["id"] == contract_id)


def layers_drawn(layers):
    """The layers contract as the README draws it: the top layer first, arrows pointing down."""
    return "   ↓\n".join(f"{layer}\n" for layer in layers)


def test_the_readme_draws_the_layers_of_the_contract():
    drawn = LAYERS_BLOCK.search((ROOT / "README.md").read_text())
    expected = layers_drawn(contract("layers")["layers"])
    assert drawn is not None, "README.md lost its layers block"
    assert drawn[1] == expected, f"Copy the layers into README.md:\n{expected}"


def test_the_contracts_name_every_layer_of_portal_and_every_app():
    named = {
        module.strip()
        for layer in contract("layers")["layers"]
        for module in re.split(r"[:|]", layer)
    }
    assert {f"portal.{layer}" for layer in PORTAL_LAYERS} | {
        "projects",
        "practices",
        "events",
        "portal.models",
        "portal.urls",
    } <= named


@pytest.mark.parametrize("layer", PORTAL_LAYERS)
def test_each_layer_says_in_one_line_what_it_holds_and_may_import(layer):
    docstring = ast.get_docstring(ast.parse((ROOT / "portal" / layer / "__init__.py").read_text()))
    assert docstring is not None
    assert "\n" not in docstring
    assert re.search(r"\bimports?\b|\bmay import\b", docstring, re.IGNORECASE)


def test_portal_holds_at_most_ten_modules_of_its_own():
    modules = sorted(path.name for path in (ROOT / "portal").glob("*.py"))
    assert modules == [
        "__init__.py",
        "admin.py",
        "apps.py",
        "context_processors.py",
        "models.py",
        "settings.py",
        "translation.py",
        "urls.py",
        "views.py",
        "wsgi.py",
    ]


def test_the_demo_texts_stand_apart_from_the_code_that_loads_them():
    data = ROOT / "portal" / "demo" / "data"
    for module in data.glob("*.py"):
        imports = [
            node
            for node in ast.walk(ast.parse(module.read_text()))
            if isinstance(node, ast.Import | ast.ImportFrom)
        ]
        names = {
            node.module if isinstance(node, ast.ImportFrom) else alias.name
            for node in imports
            for alias in node.names
        }
        allowed = {
            name
            for name in names
            if name.startswith("portal.demo.data") or name.split(".")[0] in sys.stdlib_module_names
        }
        assert names == allowed, module.name


def test_the_readme_names_each_package_of_portal_in_one_line():
    readme = (ROOT / "README.md").read_text()
    tree = readme.split("## How the code is laid out", 1)[1].split("```")[1]
    described = {line.split()[0] for line in tree.strip().splitlines()}
    packages = {
        f"portal/{path.parent.name}/"
        for path in (ROOT / "portal").glob("*/__init__.py")
        if path.parent.name != "migrations"
    }
    assert packages <= described, sorted(packages - described)


def imported_modules(path, tree):
    """(line, module) for each module a file imports, relative imports made absolute."""
    package = path.relative_to(ROOT).parent.parts
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else ()
            module = ".".join([*base, *([node.module] if node.module else [])])
            yield node.lineno, module
            # `from tests.portal import test_accounts` imports a module by its name.
            yield from ((node.lineno, f"{module}.{alias.name}") for alias in node.names)


def is_test_module(module):
    file = ROOT.joinpath(*module.split(".")).with_suffix(".py")
    return file.name.startswith("test_") and file.is_file()


def test_no_test_module_imports_another_test_module():
    """Shared helpers and fixtures live in tests/support/ or a conftest.py, not in test modules."""
    imports = [
        f"{path.relative_to(ROOT)}:{line} imports {module}"
        for path in sorted((ROOT / "tests").rglob("*.py"))
        for line, module in imported_modules(path, ast.parse(path.read_text()))
        if is_test_module(module)
    ]
    assert imports == [], "Move what they import to tests/support/:\n" + "\n".join(imports)
