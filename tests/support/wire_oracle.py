#!/usr/bin/env python3
"""botocore as a second verifier of the requests our client sends (tests/wire_checks.rs).

Reads a JSON array on stdin; each item describes one captured request and the operation and
parameters it was made for:
  model         {"metadata", "shapes", "operations"} of a botocore-format model, or
  service       a botocore service name ("athena"): the model botocore ships
  operation     the operation's name
  params        the operation's parameters (botocore form)
  validate      whether botocore validates params first (true for hand-written params)
  url           where the request went, path included
  method, headers (a list of [name, value] as captured, minus Authorization, X-Amz-Date,
                X-Amz-Security-Token and transport headers), body (UTF-8)
  access_key, secret_key, session_token, region, timestamp (X-Amz-Date form)
  signing_name  used when the model names none (the protocol suites give neither
                signingName nor endpointPrefix)
Prints a JSON array; each item:
  authorization        what botocore's SigV4Auth puts in Authorization for those bytes,
                       signing name from the model (signingName, else endpointPrefix)
  serializer_headers   the headers botocore's serializer sets for the params
  serializer_body      the body botocore's serializer produces
  error                instead of the above, when botocore refused
"""
import datetime
import json
import sys
from unittest import mock

import botocore.auth
import botocore.session
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
from botocore.model import ServiceModel
from botocore.serialize import create_serializer

_SESSION = None


def service_model(item):
    global _SESSION
    if "model" in item:
        return ServiceModel(item["model"], service_name="wirecheck")
    if _SESSION is None:
        _SESSION = botocore.session.get_session()
    return _SESSION.get_service_model(item["service"])


def botocore_authorization(item, model):
    req = AWSRequest(
        method=item["method"],
        url=item["url"],
        data=item["body"].encode("utf-8"),
        headers=dict(item["headers"]),
    )
    creds = Credentials(item["access_key"], item["secret_key"], item.get("session_token"))
    metadata = model.metadata
    signing_name = (
        metadata.get("signingName") or metadata.get("endpointPrefix") or item["signing_name"]
    )
    auth = SigV4Auth(creds, signing_name, item["region"])
    fixed = datetime.datetime.strptime(item["timestamp"], "%Y%m%dT%H%M%SZ")
    if hasattr(botocore.auth, "get_current_datetime"):
        patcher = mock.patch.object(botocore.auth, "get_current_datetime", lambda *a, **k: fixed)
    else:
        fake = mock.MagicMock(wraps=datetime.datetime)
        fake.utcnow.return_value = fixed
        patcher = mock.patch.object(botocore.auth.datetime, "datetime", fake)
    with patcher:
        auth.add_auth(req)
    return req.headers["Authorization"]


SPECIAL_FLOATS = {"NaN", "Infinity", "-Infinity"}


def real_floats(value, shape):
    """The suites write NaN and the infinities as strings; botocore takes them as floats.
    A structure member given as null is one not set (as our generated code reads it; the
    suites expect it left out), so it is dropped."""
    if shape is None:
        return value
    if shape.type_name in ("float", "double") and value in SPECIAL_FLOATS:
        return float(value)
    if shape.type_name == "structure" and isinstance(value, dict):
        return {
            k: real_floats(v, shape.members.get(k)) for k, v in value.items() if v is not None
        }
    if shape.type_name == "list" and isinstance(value, list):
        return [real_floats(v, shape.member) for v in value]
    if shape.type_name == "map" and isinstance(value, dict):
        return {k: real_floats(v, shape.value) for k, v in value.items()}
    return value


def check(item):
    try:
        model = service_model(item)
        operation = model.operation_model(item["operation"])
        serializer = create_serializer(
            model.metadata["protocol"], include_validation=bool(item.get("validate"))
        )
        params = real_floats(item["params"], operation.input_shape)
        serialized = serializer.serialize_to_request(params, operation)
        body = serialized["body"]
        if isinstance(body, bytes):
            body = body.decode("utf-8")
        return {
            "authorization": botocore_authorization(item, model),
            "serializer_headers": dict(serialized["headers"]),
            "serializer_body": body,
        }
    except Exception as e:  # reported per request, the run goes on
        return {"error": f"{type(e).__name__}: {e}"}


def main():
    items = json.load(sys.stdin)
    json.dump([check(i) for i in items], sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
