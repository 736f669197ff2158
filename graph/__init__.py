"""From extracted records to RDF: IRIs, triples, the Oxigraph store, exports, views and analysis."""
