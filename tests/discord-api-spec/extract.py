"""Extracts the schemas the tests validate against from Discord's OpenAPI spec.

Usage: python3 extract.py path/to/openapi.json > schemas.json
Keeps the listed request schemas and every schema they reference.
"""
import json
import sys

ROOTS = [
    "ApplicationCommandUpdateRequest",
    "CreateMessageInteractionCallbackRequest",
    "ApplicationCommandAutocompleteCallbackRequest",
    "PongInteractionCallbackRequest",
    "UpdateMessageInteractionCallbackRequest",
]

spec = json.load(open(sys.argv[1]))
schemas = spec["components"]["schemas"]
keep, todo = {}, list(ROOTS)
while todo:
    name = todo.pop()
    if name in keep:
        continue
    keep[name] = schemas[name]
    text = json.dumps(schemas[name])
    for part in text.split('"#/components/schemas/')[1:]:
        todo.append(part.split('"')[0])
json.dump({"components": {"schemas": dict(sorted(keep.items()))}}, sys.stdout, indent=1, sort_keys=True)
