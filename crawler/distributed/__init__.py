"""A crawl across machines: ``pubcheck crawl ... --redis URL`` starts it, ``pubcheck join --redis URL`` adds a node.

The frontier and the seen-set live in Redis (scrapy-redis's scheduler, queue and dupefilter, made reliable in
:mod:`.frontier`); every node fetches and analyses its share and sends what it found back through Redis, sealed
(:mod:`.transport`, :mod:`.sealing`); the starting process collects it all, tells when the crawl has ended
(:mod:`.coordinator`) and writes the one report. A join brings nothing but the Redis URL: the crawl's
configuration, limits and credentials come from Redis (:mod:`.crawl`), and limits hold across nodes
(:mod:`.limits`). :mod:`.runner` holds the two commands' runners.
"""
