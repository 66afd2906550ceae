"""The kg ontology (``kg.ttl``), its SHACL shapes (``shapes.ttl``) and the graph
model (``MODEL.md``), installed as the package ``kg.ontology`` (see pyproject).

A regular package, so ``importlib.resources.files("kg.ontology")`` finds the
files in editable and non-editable installs alike.
"""
