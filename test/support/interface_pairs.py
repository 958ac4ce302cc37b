# Writes one pair of tiny ONNX models per interface rule into argv[1] (<rule>.base.onnx, <rule>.cand.onnx) with the onnx
# Python package (Debian's python3-onnx), and prints, per rule, which facts differ between the two as onnx itself reads
# them back: the test's independent oracle that each pair differs only in the rule's fact.
import copy
import json
import os
import sys

import onnx
from onnx import TensorProto, helper

out = sys.argv[1]

BASE = {
    'inputs': [('a', TensorProto.FLOAT, ['N', 4]), ('b', TensorProto.FLOAT, ['N', 4])],
    'outputs': [('y', TensorProto.FLOAT, ['N', 4]), ('z', TensorProto.FLOAT, ['N', 4])],
    'opsets': [('', 17), ('ai.onnx.ml', 3)],
    'ir': 8,
    'producer': ('interface-test', '1'),
    'model_version': 1,
}


def edit(**changes):
    spec = copy.deepcopy(BASE)
    for key, fn in changes.items():
        spec[key] = fn(spec[key])
    return spec


def with_shape(values, name, shape):
    return [(n, t, shape if n == name else s) for n, t, s in values]


RULES = {
    'input-added': edit(inputs=lambda v: v + [('c', TensorProto.FLOAT, ['N', 4])]),
    'input-removed': edit(inputs=lambda v: v[:1]),
    'input-renamed': edit(inputs=lambda v: [v[0], ('b2',) + v[1][1:]]),
    'input-moved': edit(inputs=lambda v: [v[1], v[0]]),
    'output-removed': edit(outputs=lambda v: v[:1]),
    'output-renamed': edit(outputs=lambda v: [v[0], ('z2',) + v[1][1:]]),
    'output-moved': edit(outputs=lambda v: [v[1], v[0]]),
    'output-added': edit(outputs=lambda v: v + [('w', TensorProto.FLOAT, ['N', 4])]),
    'type-changed': edit(inputs=lambda v: [('a', TensorProto.FLOAT16, ['N', 4]), v[1]]),
    'rank-changed': edit(inputs=lambda v: with_shape(v, 'a', ['N', 4, 1])),
    'dim-changed': edit(inputs=lambda v: with_shape(v, 'a', ['N', 5])),
    'dim-made-fixed': edit(inputs=lambda v: with_shape(v, 'a', [1, 4])),
    'dim-made-dynamic': edit(outputs=lambda v: with_shape(v, 'y', ['N', 'K'])),
    'dim-renamed': edit(inputs=lambda v: with_shape(v, 'a', ['batch', 4])),
    'opset-raised': edit(opsets=lambda v: [('', 19), v[1]]),
    'ml-opset-raised': edit(opsets=lambda v: [v[0], ('ai.onnx.ml', 4)]),
    'ir-version-raised': edit(ir=lambda v: 9),
    'producer-changed': edit(producer=lambda v: (v[0], '2')),
    'metadata-changed': edit(model_version=lambda v: 2),
}


def build(spec):
    io = lambda values: [helper.make_tensor_value_info(n, t, s) for n, t, s in values]
    nodes = [helper.make_node('Identity', ['a'], [o[0]]) for o in spec['outputs']]
    graph = helper.make_graph(nodes, 'g', io(spec['inputs']), io(spec['outputs']))
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid(d, v) for d, v in spec['opsets']])
    model.ir_version = spec['ir']
    model.producer_name, model.producer_version = spec['producer']
    model.model_version = spec['model_version']
    return model


def facts(model):
    """Every fact of the interface, as onnx reads it from the bytes."""
    def values(vs):
        out = []
        for v in vs:
            t = v.type.tensor_type
            dims = [d.dim_param if d.HasField('dim_param') else d.dim_value for d in t.shape.dim]
            out.append([v.name, t.elem_type, dims])
        return out
    return {
        'input names': [v[0] for v in values(model.graph.input)],
        'input types': [v[1] for v in values(model.graph.input)],
        'input shapes': [v[2] for v in values(model.graph.input)],
        'output names': [v[0] for v in values(model.graph.output)],
        'output types': [v[1] for v in values(model.graph.output)],
        'output shapes': [v[2] for v in values(model.graph.output)],
        'opsets': sorted([o.domain, o.version] for o in model.opset_import),
        'ir': model.ir_version,
        'producer': [model.producer_name, model.producer_version],
        'model_version': model.model_version,
    }


differences = {}
base_bytes = build(BASE).SerializeToString()
for rule, spec in RULES.items():
    with open(os.path.join(out, f'{rule}.base.onnx'), 'wb') as f:
        f.write(base_bytes)
    with open(os.path.join(out, f'{rule}.cand.onnx'), 'wb') as f:
        f.write(build(spec).SerializeToString())
    a = facts(onnx.load_from_string(base_bytes))
    b = facts(onnx.load(os.path.join(out, f'{rule}.cand.onnx')))
    differences[rule] = sorted(k for k in a if a[k] != b[k])
print(json.dumps(differences))
