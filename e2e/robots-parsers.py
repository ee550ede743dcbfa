# Reads robots.txt on stdin and prints, as JSON, whether each URL path given as an argument may be fetched
# by a generic crawler ("*"), according to Python's urllib.robotparser and to protego (Scrapy's parser).
# Used by e2e/search-engines.spec.ts; protego comes from Debian's python3-protego (scripts/ensure-checkers.sh).
import json
import sys
from urllib.robotparser import RobotFileParser

from protego import Protego

text = sys.stdin.read()
standard = RobotFileParser()
standard.parse(text.splitlines())
protego = Protego.parse(text)
origin = "https://example.org"
print(json.dumps({
    path: {"robotparser": standard.can_fetch("*", origin + path), "protego": protego.can_fetch(origin + path, "*")}
    for path in sys.argv[1:]
}))
