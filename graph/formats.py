"""What `diplograph export` writes, by name. Declared apart from `graph.export` so that the command
line lists them without importing networkx and rdflib: a build's workers import the command
line's module again, and a two-worker build's first parse starts 0.4 s sooner (measured on a
2,000-article build, the fork server's imports 0.9 -> 0.65 s and the build's own 0.45 s before it
starts the server)."""

FORMATS = ("ttl", "jsonld", "nt", "nq", "trig", "graphml", "gexf", "csv")
TABLE_NAMES = ("events", "actors")  # the CSV tables
