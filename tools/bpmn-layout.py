#!/usr/bin/env python3
"""Writes the diagram interchange (DI) of a BPMN file from a grid, so that a model starts life
with a clean left-to-right layout that any modeler (bpmn.io, Camunda Modeler, Flowable Design) opens.

    python3 tools/bpmn-layout.py processes/screening.bpmn20.xml

reads tools/layout/screening.grid and rewrites the file in place: the BPMNDiagram, and the
<incoming>/<outgoing> children of every flow node (bpmn.io and bpmnlint read them).

Grid file, one line per element, '#' starts a comment:
    <elementId> <col> <row>                 a flow node; row 0 is the happy path, exceptions below
    <subProcessId> <col> <row> to <col> <row>   an expanded (event) sub-process box over those cells
    flow <flowId> via <col>,<row> [<col>,<row> ...]   route a sequence flow through these grid points
    flow <flowId> above|below                 a back edge on the same row, routed over or under it
    label <flowId> <col>,<row>                put a flow's name there, e.g. when several flows leave a
                                              gateway downwards and would share one label place
Boundary events need no line: they sit on the bottom edge of the task they are attached to.
Columns and rows may be fractional (2.5). Once a person edits the diagram in a modeler, the
modeler's DI is the truth; run this tool again only when you rebuild the layout from the grid.
"""
import os
import sys
import xml.etree.ElementTree as ET

BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL"
BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI"
DC = "http://www.omg.org/spec/DD/20100524/DC"
DI = "http://www.omg.org/spec/DD/20100524/DI"
NAMESPACES = {"": BPMN, "bpmndi": BPMNDI, "dc": DC, "di": DI, "flowable": "http://flowable.org/bpmn",
              "xsi": "http://www.w3.org/2001/XMLSchema-instance", "dmn": "http://www.omg.org/spec/DMN/20180521/MODEL/"}
COL_WIDTH, ROW_HEIGHT, X0, Y0 = 170, 150, 80, 120
ACTIVITIES = {"userTask", "serviceTask", "scriptTask", "businessRuleTask", "sendTask", "receiveTask",
              "manualTask", "task", "callActivity", "subProcess"}
EVENTS = {"startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent"}
GATEWAYS = {"exclusiveGateway", "parallelGateway", "inclusiveGateway", "eventBasedGateway", "complexGateway"}
LABELS = {}  # flow id -> (col, row) from the grid's label lines
BEFORE_FLOW_REFS = {"documentation", "extensionElements", "auditing", "monitoring", "categoryValueRef"}


def local(tag):
    return tag.split("}")[-1]


def q(ns, name):
    return f"{{{ns}}}{name}"


class Box:
    def __init__(self, x, y, w, h, anchor_y=None):
        self.x, self.y, self.w, self.h = x, y, w, h
        # an expanded sub-process is entered and left on the row of its first cells, so the
        # flows into and out of it stay on the happy path's straight line
        self.anchor_y = anchor_y

    @property
    def cx(self):
        return self.x + self.w / 2

    @property
    def cy(self):
        return self.anchor_y if self.anchor_y is not None else self.y + self.h / 2

    def exit(self, towards_x, towards_y, vertical):
        """The point where an orthogonal segment from the centre leaves this box."""
        if vertical:
            return (self.cx, self.y if towards_y < self.cy else self.y + self.h)
        return (self.x if towards_x < self.cx else self.x + self.w, self.cy)

    def crosses(self, a, b, margin=2):
        (x1, y1), (x2, y2) = a, b
        lo_x, hi_x, lo_y, hi_y = min(x1, x2), max(x1, x2), min(y1, y2), max(y1, y2)
        return (lo_x < self.x + self.w - margin and hi_x > self.x + margin
                and lo_y < self.y + self.h - margin and hi_y > self.y + margin)


def centre(col, row):
    return X0 + col * COL_WIDTH, Y0 + row * ROW_HEIGHT


def read_grid(path):
    cells, boxes, routes = {}, {}, {}
    LABELS.clear()
    for number, raw in enumerate(open(path), 1):
        words = raw.split("#")[0].split()
        if not words:
            continue
        if words[0] == "label" and len(words) == 3:
            LABELS[words[1]] = tuple(float(v) for v in words[2].split(","))
        elif words[0] == "flow":
            if words[2] in ("above", "below"):
                routes[words[1]] = words[2]
            else:
                routes[words[1]] = [tuple(float(v) for v in p.split(",")) for p in words[3:]]
        elif len(words) == 6 and words[3] == "to":
            boxes[words[0]] = tuple(float(w) for w in (words[1], words[2], words[4], words[5]))
        elif len(words) == 3:
            cells[words[0]] = (float(words[1]), float(words[2]))
        else:
            sys.exit(f"{path}:{number}: cannot read '{raw.strip()}'")
    return cells, boxes, routes


def size_of(kind):
    if kind in ACTIVITIES:
        return 100, 80
    if kind in GATEWAYS:
        return 50, 50
    return 36, 36


def layout(bpmn_path, grid_path):
    for prefix, uri in NAMESPACES.items():
        ET.register_namespace(prefix, uri)
    tree = ET.parse(bpmn_path, parser=ET.XMLParser(target=ET.TreeBuilder(insert_comments=True)))
    root = tree.getroot()
    cells, box_cells, routes = read_grid(grid_path)
    process = root.find(q(BPMN, "process"))
    nodes, flows, boundaries, parents = {}, [], [], {}
    for parent in root.iter():
        for el in list(parent):
            kind = local(el.tag) if isinstance(el.tag, str) else ""
            if kind in ACTIVITIES | EVENTS | GATEWAYS:
                nodes[el.get("id")] = el
                parents[el.get("id")] = parent
                if kind == "boundaryEvent":
                    boundaries.append(el)
            elif kind == "sequenceFlow":
                flows.append(el)

    boxes, problems = {}, []
    for node_id, el in nodes.items():
        kind = local(el.tag)
        if kind == "boundaryEvent":
            continue
        if node_id in box_cells:
            c1, r1, c2, r2 = box_cells[node_id]
            (x1, y1), (x2, y2) = centre(c1, r1), centre(c2, r2)
            boxes[node_id] = Box(x1 - COL_WIDTH / 2 + 10, y1 - ROW_HEIGHT / 2 + 10,
                                 x2 - x1 + COL_WIDTH - 20, y2 - y1 + ROW_HEIGHT - 20, anchor_y=y1)
        elif node_id in cells:
            w, h = size_of(kind)
            cx, cy = centre(*cells[node_id])
            boxes[node_id] = Box(cx - w / 2, cy - h / 2, w, h)
        else:
            problems.append(f"no grid cell for {kind} '{node_id}'")
    on_host = {}
    for b in boundaries:
        on_host.setdefault(b.get("attachedToRef"), []).append(b)
    for host_id, events in on_host.items():
        host = boxes[host_id]
        # spread evenly over the bottom edge, each in the middle of its share, so two never touch
        share = host.w / len(events)
        for i, b in enumerate(events):
            boxes[b.get("id")] = Box(host.x + share * (i + 0.5) - 18, host.y + host.h - 18, 36, 36)
    if problems:
        sys.exit("\n".join(f"{grid_path}: {p}" for p in problems))

    paths = {}
    for f in flows:
        paths[f.get("id")] = route(f, nodes, boxes, routes.get(f.get("id")))

    # incoming/outgoing, in document order, where the schema wants them
    refs = {node_id: ([], []) for node_id in nodes}
    for f in flows:
        refs[f.get("sourceRef")][1].append(f.get("id"))
        refs[f.get("targetRef")][0].append(f.get("id"))
    for node_id, el in nodes.items():
        for child in list(el):
            if isinstance(child.tag, str) and local(child.tag) in ("incoming", "outgoing"):
                el.remove(child)
        at = 0
        for i, child in enumerate(list(el)):
            if isinstance(child.tag, str) and local(child.tag) in BEFORE_FLOW_REFS:
                at = i + 1
        incoming, outgoing = refs[node_id]
        for offset, (tag, ref) in enumerate([("incoming", r) for r in incoming] + [("outgoing", r) for r in outgoing]):
            child = ET.Element(q(BPMN, tag))
            child.text = ref
            el.insert(at + offset, child)
        if el.text is None or not el.text.strip():
            el.text = None

    for old in root.findall(q(BPMNDI, "BPMNDiagram")):
        root.remove(old)
    diagram = ET.SubElement(root, q(BPMNDI, "BPMNDiagram"), id=f"BPMNDiagram_{process.get('id')}")
    plane = ET.SubElement(diagram, q(BPMNDI, "BPMNPlane"), id=f"BPMNPlane_{process.get('id')}",
                          bpmnElement=process.get("id"))
    right_edge = max(b.x + b.w for b in boxes.values())
    for node_id, el in nodes.items():
        kind, box = local(el.tag), boxes[node_id]
        attrs = {"id": f"{node_id}_di", "bpmnElement": node_id}
        if kind == "subProcess":
            attrs["isExpanded"] = "true"
        if kind == "exclusiveGateway":
            attrs["isMarkerVisible"] = "true"
        shape = ET.SubElement(plane, q(BPMNDI, "BPMNShape"), attrs)
        bounds(shape, box.x, box.y, box.w, box.h)
        if el.get("name") and (kind in EVENTS or kind in GATEWAYS):
            label = ET.SubElement(shape, q(BPMNDI, "BPMNLabel"))
            if kind in GATEWAYS:
                bounds(label, box.cx - 60, box.y - 34, 120, 27)
            else:
                # renderers size the picture by its shapes, so a label may not stick out on the right
                bounds(label, min(box.cx - 50, right_edge - 100), box.y + box.h + 4, 100, 27)
    for f in flows:
        edge = ET.SubElement(plane, q(BPMNDI, "BPMNEdge"), id=f"{f.get('id')}_di", bpmnElement=f.get("id"))
        points = paths[f.get("id")]
        for x, y in points:
            ET.SubElement(edge, q(DI, "waypoint"), x=fmt(x), y=fmt(y))
        if f.get("name"):
            (x1, y1), (x2, y2) = points[0], points[1]
            label = ET.SubElement(edge, q(BPMNDI, "BPMNLabel"))
            if f.get("id") in LABELS:
                x, y = centre(*LABELS[f.get("id")])
                bounds(label, x - 30, y - 7, 60, 14)
            elif abs(y1 - y2) < 1:
                bounds(label, min(x1, x2) + 8, y1 - 20, 60, 14)
            else:
                bounds(label, x1 + 6, min(y1, y2) + 6, 60, 14)

    warnings = crossings(flows, paths, boxes, nodes)
    ET.indent(tree, space="  ")
    text = ET.tostring(root, encoding="unicode")
    with open(bpmn_path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n' + text + "\n")
    return warnings


def route(flow, nodes, boxes, hint):
    source_id, target_id = flow.get("sourceRef"), flow.get("targetRef")
    s, t = boxes[source_id], boxes[target_id]
    kind = local(nodes[source_id].tag)
    if isinstance(hint, list):
        points = [(s.cx, s.cy)] + [centre(c, r) for c, r in hint] + [(t.cx, t.cy)]
        return clip(orthogonal(points, vertical_first=kind in GATEWAYS | {"boundaryEvent"}), s, t)
    if abs(s.cy - t.cy) < 1:
        if t.cx > s.cx and hint is None:
            return clip([(s.cx, s.cy), (t.cx, t.cy)], s, t)
        lane = s.cy + (ROW_HEIGHT / 2 if hint == "below" else -ROW_HEIGHT / 2)
        return clip([(s.cx, s.cy), (s.cx, lane), (t.cx, lane), (t.cx, t.cy)], s, t)
    if abs(s.cx - t.cx) < 1:
        return clip([(s.cx, s.cy), (t.cx, t.cy)], s, t)
    if t.cy > s.cy and (kind in GATEWAYS or kind in EVENTS):
        return clip([(s.cx, s.cy), (s.cx, t.cy), (t.cx, t.cy)], s, t)
    if t.cy > s.cy and t.cx > s.cx:
        bend = s.x + s.w + (COL_WIDTH - s.w) / 2
        return clip([(s.cx, s.cy), (bend, s.cy), (bend, t.cy), (t.cx, t.cy)], s, t)
    if t.cy < s.cy and t.cx > s.cx:
        return clip([(s.cx, s.cy), (t.cx, s.cy), (t.cx, t.cy)], s, t)
    return clip([(s.cx, s.cy), (s.cx, t.cy), (t.cx, t.cy)], s, t)


def orthogonal(points, vertical_first):
    out = [points[0]]
    for i, (x, y) in enumerate(points[1:]):
        px, py = out[-1]
        if abs(px - x) > 0.5 and abs(py - y) > 0.5:
            out.append((px, y) if (vertical_first and i == 0) else (x, py))
        out.append((x, y))
    return out


def clip(points, s, t):
    (x0, y0), (x1, y1) = points[0], points[1]
    points[0] = s.exit(x1, y1, vertical=abs(x0 - x1) < 0.5)
    (xa, ya), (xb, yb) = points[-2], points[-1]
    points[-1] = t.exit(xa, ya, vertical=abs(xa - xb) < 0.5)
    return points


def crossings(flows, paths, boxes, nodes):
    warnings = []
    for f in flows:
        ends = {f.get("sourceRef"), f.get("targetRef")}
        for b in list(ends):
            el = nodes[b]
            if local(el.tag) == "boundaryEvent":
                ends.add(el.get("attachedToRef"))
        points = paths[f.get("id")]
        for node_id, box in boxes.items():
            if node_id in ends or local(nodes[node_id].tag) == "subProcess":
                continue
            if any(box.crosses(a, b) for a, b in zip(points, points[1:])):
                warnings.append(f"flow '{f.get('id')}' crosses '{node_id}'")
    names = sorted(boxes)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            A, B = boxes[a], boxes[b]
            if {local(nodes[a].tag), local(nodes[b].tag)} & {"subProcess", "boundaryEvent"}:
                continue
            if A.crosses((B.x, B.y), (B.x + B.w, B.y + B.h), margin=0) and A.x < B.x + B.w and B.x < A.x + A.w \
                    and A.y < B.y + B.h and B.y < A.y + A.h:
                warnings.append(f"shapes '{a}' and '{b}' overlap")
    return warnings


def bounds(parent, x, y, w, h):
    ET.SubElement(parent, q(DC, "Bounds"), x=fmt(x), y=fmt(y), width=fmt(w), height=fmt(h))


def fmt(v):
    return str(int(round(v)))


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    status = 0
    for path in sys.argv[1:]:
        name = os.path.basename(path).split(".")[0]
        grid = os.path.join(os.path.dirname(os.path.abspath(__file__)), "layout", name + ".grid")
        for w in layout(path, grid):
            print(f"{path}: {w}")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
