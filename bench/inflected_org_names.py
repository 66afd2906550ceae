"""Organisation IRIs of a built store whose name starts with an inflected
adjective (an -en/-em word before a capitalised one: "Syrischen
Beobachtungsstelle"), with up to N of those names (issue 17).

Usage: ``python bench/inflected_org_names.py STORE [N]``
"""

import re
import sys

import pyoxigraph as ox

store = ox.Store.read_only(sys.argv[1])
q = """
SELECT DISTINCT ?o ?n WHERE {
  GRAPH ?g { ?o <http://schema.org/name> ?n . ?o a ?t .
  FILTER(CONTAINS(STR(?o), "/org/")) }
}"""
orgs = {}
for row in store.query(q):
    orgs.setdefault(row[0].value, set()).add(row[1].value)
pat = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(en|em)\s+[A-ZÄÖÜ]")
hits = sorted({n for ns in orgs.values() for n in ns if pat.match(n)})
iris = [o for o, ns in orgs.items() if any(pat.match(n) for n in ns)]
print(
    f"org IRIs: {len(orgs)}; "
    f"with a name starting with an inflected adjective: {len(iris)}"
)
for n in hits[: int(sys.argv[2]) if len(sys.argv) > 2 else 40]:
    print("  ", n)
