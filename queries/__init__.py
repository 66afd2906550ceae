"""The named questions of ``kg query`` (one SPARQL 1.1 query per ``.rq`` file).

Installed as the package ``kg.queries``; :func:`kg.query.named_queries` reads them
through ``importlib.resources``.

Writing one (each rule is backed by a measurement on 1,028 articles):

* Start with the header: ``# description:``, one ``# param: NAME (TYPE[, optional |
  , default V]) – text`` per parameter, ``# example: kg query NAME --param …``.
* Select every parameter variable (and group by it in an aggregate): Oxigraph
  substitutes only variables of the outer SELECT. Use parameters in triple patterns
  and FILTER comparisons; ``BOUND()``/``BIND()`` do not see them.
* Match inside ``GRAPH ?article { … }``. An entity's name, types and coordinates
  are repeated in every article graph that uses it, so over the union default graph
  each join multiplies rows by the number of such articles (8.5 s instead of 50 ms).
* Oxigraph plans before it sees the substituted values: keep the bound parameter in
  a plain pattern of the same group, and avoid in front of it ``a kg:Meeting``-style
  type patterns, property-path alternatives (``schema:attendee|schema:organizer``:
  use ``VALUES ?rel { … } ?m ?rel ?x``) and joins after a ``UNION`` (repeat them in
  each branch).
* Make results deterministic (``ORDER BY``), with ``COALESCE(STR(?date), "")``
  where a value may be unbound, so every SPARQL engine sorts alike.
* Add a test with the exact answer on ``tests/data/fixture.trig`` to
  ``tests/test_queries.py``.
"""
