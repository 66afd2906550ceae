"""The named questions of ``kg query`` (one SPARQL 1.1 query per ``.rq`` file).

Installed as the package ``kg.queries``; :func:`kg.query.named_queries` reads them
through ``importlib.resources``.
"""
