#!/usr/bin/env python3
# Copyright 2026 The Secteurs authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prove that the bundled dataset says exactly what its source page says.

Usage: check-fidelity.py DATA SEED

DATA is data/sectors.json, SEED the verbatim copy of the programme page
(data/source/programme-page.txt). The only difference allowed between the two
is the apostrophe: the seed mixes ' and ’, the dataset has ’ only.

  (a) The seed is parsed line by line (title, introduction, then per sector
      "Enjeux ciblés", "Description", "Organisme porteur", "Partenaires
      initiaux", "Contact", then the "Pour plus d’information" block) and every
      seed line is compared, in order, with the JSON value that reproduces it.
      The section labels are structure, not data.
  (b) Every string of the JSON is accounted for: either it reproduced a seed
      line in (a), or it is an editorial field (ids, titles, issue labels,
      organisation index names and acronyms, references), checked in (c).
  (c) The editorial indexes are consistent with the seed: every organisation
      name and acronym occurs in the seed, every reference resolves and names
      its organisation, each index is in order of first appearance, an issue
      label is the shared wording of the texts that refer to it.
  (d) Counts and the decisions the app relies on (see docs/dataset.md).
  (e) The file is in canonical form: UTF-8, 2-space indentation, keys in the
      documented order, final newline.

Every mismatch is printed with the sector and the field; the exit status is 1
if there is any.
"""

import difflib
import json
import re
import sys

APOSTROPHE = "\u2019"

# Lines of page chrome the copy starts with (a breadcrumb separator); they
# carry no information and are not reproduced in the dataset.
SEED_LEADING_NOISE = {"/"}

ISSUES_LABEL = "Enjeux ciblés"
DESCRIPTION_LABEL = "Description"
LEAD_LABEL = "Organisme porteur"
PARTNERS_LABEL = "Partenaires initiaux"
CONTACT_LABEL = "Contact"
INFORMATION_HEADING = "Pour plus d’information"
EMAIL_PREFIX = "Courriel : "
PHONE_PREFIX = "Téléphone : "
TOLL_FREE_PREFIX = "Sans frais : "
BULLET = "- "

# (d) Decisions documented in docs/dataset.md. Update them together with the
# data when the programme page changes.
EXPECTED_SECTOR_IDS = [
    "insertion-emploi",
    "numerique-collectif",
    "reprise-collective",
    "poles-logistiques-alimentation",
    "production-agricole",
    "tourisme-loisirs",
    "services-aines",
    "matieres-residuelles",
    "personnes-handicapees",
    "autonomie-alimentaire-premieres-nations",
    "immobilier-collectif",
    "amenagement-territoire",
]
# issue label -> the sectors (1-based) that refer to it
EXPECTED_ISSUE_SECTORS = {
    "Autonomie alimentaire": [4, 5, 10],
    "Développement économique régional": [2, 3, 4, 5, 12],
    "Vitalité des collectivités": [6, 7, 11, 12],
    "Vieillissement de la population": [3, 7],
}
# organisation name -> the sectors (1-based) that name it as lead or partner
EXPECTED_ORGANISATION_SECTORS = {
    "Chantier de l’économie sociale": [1, 4, 5, 7, 8, 9, 12],
}

SLUG_RE = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
EMAIL_RE = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+")
PROJECT_RE = re.compile(r"^Nommée? « (.+?) »")

# (e) One ranking of every key; each object's keys must appear in this order.
KEY_ORDER = [
    "format_version", "programme", "id", "title", "introduction", "information",
    "heading", "label", "name", "acronym", "street", "locality", "postal_code",
    "phone", "toll_free", "project", "issues", "issue", "organisations", "sectors",
    "description", "type", "lead", "partners", "group", "members", "etc",
    "organisation", "text", "items", "contact", "email",
]


def occurs(needle, haystack):
    """Whether needle occurs in haystack as whole words (not inside a longer word)."""
    if not isinstance(needle, str) or not needle:
        return False
    return re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", haystack) is not None


def order_mismatch(actual, expected):
    """Describes the first place where two orders differ."""
    for n, (a, e) in enumerate(zip(actual, expected)):
        if a != e:
            return f"position {n}: expected {e!r}, found {a!r}"
    return f"expected {len(expected)} entries, found {len(actual)}"


class Checker:
    def __init__(self, data_path, seed_path):
        self.data_path = data_path
        self.seed_path = seed_path
        self.errors = 0
        self.consumed = set()  # JSON paths reproduced from the seed in (a)

    def error(self, where, message):
        self.errors += 1
        print(f"FAIL {where}: {message}", file=sys.stderr)

    # ---------------------------------------------------------------- helpers

    @staticmethod
    def get(node, path):
        for key in path:
            if isinstance(node, dict) and isinstance(key, str) and key in node:
                node = node[key]
            elif isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node):
                node = node[key]
            else:
                return None
        return node

    @staticmethod
    def show_path(path):
        out = ""
        for key in path:
            out += f"[{key}]" if isinstance(key, int) else f".{key}"
        return out.lstrip(".") or "(root)"

    @staticmethod
    def difference(a, b):
        """A short description of where two JSON and seed lines first differ."""
        if isinstance(a, tuple) and isinstance(b, tuple):  # description lines
            if a[0] != b[0]:
                return f"it is a {a[0]} in the JSON but a {b[0]} in the seed"
            a, b = a[1], b[1]
        if not isinstance(a, str):
            return "the JSON value is missing or not a string"
        n = 0
        while n < min(len(a), len(b)) and a[n] == b[n]:
            n += 1
        lo = max(0, n - 20)
        return (f"first difference at character {n + 1}: "
                f"JSON …{a[lo:n + 20]!r}… vs seed …{b[lo:n + 20]!r}…")

    def sector_name(self, index):
        sector = self.get(self.data, ["sectors", index])
        ident = sector.get("id") if isinstance(sector, dict) else None
        return f"sector {index + 1} ({ident})" if ident else f"sector {index + 1}"

    # ------------------------------------------------------------------ seed

    def parse_seed(self, text):
        """Returns the seed's structure; each value is a (line number, text) pair."""
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        numbered = [(n + 1, line.rstrip("\r").replace("'", APOSTROPHE))
                    for n, line in enumerate(lines)]
        pos = 0
        while pos < len(numbered) and (numbered[pos][1] in SEED_LEADING_NOISE
                                       or not numbered[pos][1].strip()):
            pos += 1

        def fail(message):
            line = numbered[pos][0] if pos < len(numbered) else len(lines) + 1
            print(f"FAIL {self.seed_path}:{line}: unexpected seed layout: {message}",
                  file=sys.stderr)
            sys.exit(1)

        def take(what):
            nonlocal pos
            if pos >= len(numbered):
                fail(f"end of file, expected {what}")
            item = numbered[pos]
            pos += 1
            return item

        def expect(label):
            nonlocal pos
            if pos >= len(numbered):
                fail(f"end of file, expected {label!r}")
            if numbered[pos][1] != label:
                fail(f"expected {label!r}, found {numbered[pos][1]!r}")
            pos += 1

        def bullets():
            nonlocal pos
            out = []
            while pos < len(numbered) and numbered[pos][1].startswith(BULLET):
                out.append((numbered[pos][0], numbered[pos][1][len(BULLET):]))
                pos += 1
            return out

        seed = {"title": take("the title"), "introduction": take("the introduction"),
                "sectors": []}
        while pos < len(numbered) and numbered[pos][1] != INFORMATION_HEADING:
            sector = {}
            expect(ISSUES_LABEL)
            sector["issues"] = bullets()
            expect(DESCRIPTION_LABEL)
            blocks = []  # ("paragraph", line) or ("list item", line)
            while pos < len(numbered) and numbered[pos][1] != LEAD_LABEL:
                number, line = numbered[pos]
                if line.startswith(BULLET):
                    blocks.append(("list item", (number, line[len(BULLET):])))
                else:
                    blocks.append(("paragraph", (number, line)))
                pos += 1
            sector["description"] = blocks
            expect(LEAD_LABEL)
            sector["lead"] = take("the lead organisation")
            expect(PARTNERS_LABEL)
            sector["partners"] = bullets()
            expect(CONTACT_LABEL)
            sector["contact_name"] = take("the contact name")
            sector["contact_email"] = take("the contact email")
            seed["sectors"].append(sector)
        seed["information"] = numbered[pos:]
        if len(seed["information"]) != 7:
            fail(f"the information block has {len(seed['information'])} lines, expected 7")
        return seed

    # -------------------------------------------------------------- (a) lines

    def compare(self, where, path, seed_item, render=lambda v: v):
        """Compares one JSON value (rendered as a seed line) with one seed line."""
        number, expected = seed_item
        value = self.get(self.data, path)
        self.consumed.add(tuple(path))
        if not isinstance(value, str):
            self.error(where, f"{self.show_path(path)} is missing or not a string "
                       f"(seed line {number}: {self.shown(expected)!r})")
            return
        actual = render(value)
        if actual != expected:
            self.error(where, f"{self.show_path(path)} = {self.shown(actual)!r} does not match "
                       f"seed line {number} {self.shown(expected)!r}; "
                       f"{self.difference(actual, expected)}")

    def compare_sequence(self, where, field, json_lines, seed_lines):
        """json_lines: [(rendered text, [paths], label)]; seed_lines: [(number, text)]."""
        for _, paths, _ in json_lines:
            self.consumed.update(tuple(p) for p in paths)
        a = [line for line, _, _ in json_lines]
        b = [line for _, line in seed_lines]
        matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                continue
            if op == "replace" and i2 - i1 == j2 - j1:
                for i, j in zip(range(i1, i2), range(j1, j2)):
                    self.error(where, f"{field}: {json_lines[i][2]} = {self.shown(a[i])!r} "
                               f"does not match seed line {seed_lines[j][0]} "
                               f"{self.shown(b[j])!r}; {self.difference(a[i], b[j])}")
                continue
            for i in range(i1, i2):
                self.error(where, f"{field}: {json_lines[i][2]} = {self.shown(a[i])!r} is not "
                           "in the seed at this place")
            for j in range(j1, j2):
                self.error(where, f"{field}: seed line {seed_lines[j][0]} {self.shown(b[j])!r} "
                           "is missing from the JSON at this place")

    @staticmethod
    def shown(line):
        """A line for a message: its text, shortened around the middle if long."""
        text = line[1] if isinstance(line, tuple) else line
        if isinstance(text, str) and len(text) > 100:
            return text[:48] + "…" + text[-48:]
        return text

    def check_lines(self, seed):
        self.compare("programme", ["programme", "title"], seed["title"])
        self.compare("programme", ["programme", "introduction"], seed["introduction"])

        sectors = self.data.get("sectors")
        sectors = sectors if isinstance(sectors, list) else []
        for index, seed_sector in enumerate(seed["sectors"]):
            if index >= len(sectors):
                self.error(f"sector {index + 1}", "missing from the JSON (the seed has "
                           f"{len(seed['sectors'])} sectors, issues at seed line "
                           f"{seed_sector['issues'][0][0] if seed_sector['issues'] else '?'})")
                continue
            self.check_sector_lines(index, seed_sector)
        for index in range(len(seed["sectors"]), len(sectors)):
            self.error(self.sector_name(index), "is not in the seed")

        info = ["programme", "information"]
        lines = seed["information"]
        self.compare("information", info + ["heading"], lines[0])
        self.compare("information", info + ["name"], lines[1])
        self.compare("information", info + ["street"], lines[2])
        locality = self.get(self.data, info + ["locality"])
        postal = self.get(self.data, info + ["postal_code"])
        self.consumed.add(tuple(info + ["postal_code"]))
        self.compare("information", info + ["locality"], lines[3],
                     lambda v: f"{v} {postal}" if isinstance(postal, str) else v)
        if not isinstance(postal, str):
            self.error("information", "postal_code is missing or not a string")
        self.compare("information", info + ["phone"], lines[4], lambda v: PHONE_PREFIX + v)
        self.compare("information", info + ["toll_free"], lines[5],
                     lambda v: TOLL_FREE_PREFIX + v)
        self.compare("information", info + ["email"], lines[6], lambda v: EMAIL_PREFIX + v)

    def check_sector_lines(self, index, seed_sector):
        where = self.sector_name(index)
        base = ["sectors", index]
        sector = self.get(self.data, base)
        if not isinstance(sector, dict):
            self.error(where, "is not a JSON object")
            return

        # Enjeux ciblés
        issues = sector.get("issues") if isinstance(sector.get("issues"), list) else []
        self.compare_sequence(where, "issues", [
            (self.get(issue, ["text"]), [base + ["issues", i, "text"]], f"issues[{i}].text")
            for i, issue in enumerate(issues)
        ], seed_sector["issues"])

        # Description: paragraphs and list items, in order.
        blocks = sector.get("description") if isinstance(sector.get("description"), list) else []
        json_lines = []
        previous = None
        for b, block in enumerate(blocks):
            kind = self.get(block, ["type"])
            self.consumed.add(tuple(base + ["description", b, "type"]))  # compared as the kind
            if kind == "paragraph":
                json_lines.append((("paragraph", self.get(block, ["text"])),
                                   [base + ["description", b, "text"]],
                                   f"description[{b}] (paragraph)"))
            elif kind == "list":
                items = self.get(block, ["items"])
                items = items if isinstance(items, list) else []
                if not items:
                    self.error(where, f"description[{b}] is an empty list")
                if previous == "list":
                    self.error(where, f"description[{b}] is a list right after another list; "
                               "the seed has one list there")
                for i, item in enumerate(items):
                    json_lines.append((("list item", item), [base + ["description", b, "items", i]],
                                       f"description[{b}].items[{i}] (list item)"))
            else:
                self.error(where, f"description[{b}] has an unknown type {kind!r}")
            previous = kind
        seed_lines = [(number, (kind, line)) for kind, (number, line) in seed_sector["description"]]
        self.compare_sequence(where, "description", json_lines, seed_lines)

        # Organisme porteur
        self.compare(where, base + ["lead", "text"], seed_sector["lead"])

        # Partenaires initiaux: groups are headings followed by their members,
        # or, when the seed ends them with "etc.", one line
        # "heading : member, member, etc.".
        partners = sector.get("partners") if isinstance(sector.get("partners"), list) else []
        json_lines = []
        for p, partner in enumerate(partners):
            ppath = base + ["partners", p]
            if isinstance(partner, dict) and "group" in partner:
                members = partner.get("members") if isinstance(partner.get("members"), list) else []
                texts = [self.get(m, ["text"]) for m in members]
                paths = [ppath + ["members", m, "text"] for m in range(len(members))]
                if partner.get("etc") is True:
                    line = f"{partner['group']} : {', '.join(map(str, texts))}, etc."
                    json_lines.append((line, [ppath + ["group"]] + paths,
                                       f"partners[{p}] (group {partner['group']!r} with etc)"))
                else:
                    json_lines.append((partner["group"], [ppath + ["group"]],
                                       f"partners[{p}].group (heading)"))
                    for m, (text, path) in enumerate(zip(texts, paths)):
                        json_lines.append((text, [path], f"partners[{p}].members[{m}].text"))
            else:
                json_lines.append((self.get(partner, ["text"]), [ppath + ["text"]],
                                   f"partners[{p}].text"))
        self.compare_sequence(where, "partners", json_lines, seed_sector["partners"])

        # Contact
        self.compare(where, base + ["contact", "name"], seed_sector["contact_name"])
        self.compare(where, base + ["contact", "email"], seed_sector["contact_email"],
                     lambda v: EMAIL_PREFIX + v)

        # The project's name, where the seed gives one (« Nommé « … », ce projet … »).
        named = None
        for kind, (_, line) in seed_sector["description"]:
            match = PROJECT_RE.match(line) if kind == "paragraph" else None
            if match:
                named = match.group(1)
                break
        project = sector.get("project", "(absent)")
        self.consumed.add(tuple(base + ["project"]))
        if project != named:
            self.error(where, f"project = {project!r}, but the seed names "
                       + (f"the project {named!r}" if named else "no project (expected null)"))

    # ------------------------------------------------------ (b) accounting

    @staticmethod
    def editorial(path):
        last = path[-1]
        if last == "id":
            return True
        if len(path) == 3 and path[0] == "sectors" and last == "title":
            return True
        if len(path) == 3 and path[0] == "issues" and last == "label":
            return True
        if len(path) == 3 and path[0] == "organisations" and last in ("name", "acronym"):
            return True
        if path[0] == "sectors" and last in ("issue", "organisation"):
            return True  # references into the indexes, checked in (c)
        return False

    def check_accounted(self):
        def walk(node, path):
            if isinstance(node, dict):
                for key, value in node.items():
                    walk(value, path + (key,))
            elif isinstance(node, list):
                for i, value in enumerate(node):
                    walk(value, path + (i,))
            elif isinstance(node, str):
                if path not in self.consumed and not self.editorial(path):
                    self.error(self.where_of(path), f"{self.show_path(path)} = "
                               f"{self.shown(node)!r} is not accounted for by the seed")
            elif path == ("format_version",) or (path and path[-1] == "etc"):
                pass
            elif node is None and path[-1] == "project":
                pass
            else:
                self.error(self.where_of(path),
                           f"{self.show_path(path)} = {node!r} is unexpected here")
        walk(self.data, ())

    def where_of(self, path):
        if len(path) >= 2 and path[0] == "sectors" and isinstance(path[1], int):
            return self.sector_name(path[1])
        return str(path[0]) if path else "(root)"

    # ---------------------------------------------------- (c) indexes

    def references(self):
        """Yields (sector index, field, organisation ref dict) in document order."""
        for s, sector in enumerate(self.sectors()):
            lead = sector.get("lead")
            if isinstance(lead, dict):
                yield s, "lead", lead
            for p, partner in enumerate(sector.get("partners") or []):
                if not isinstance(partner, dict):
                    continue
                if "group" in partner:
                    for m, member in enumerate(partner.get("members") or []):
                        if isinstance(member, dict):
                            yield s, f"partners[{p}].members[{m}]", member
                else:
                    yield s, f"partners[{p}]", partner

    def sectors(self):
        sectors = self.data.get("sectors")
        return [s for s in sectors if isinstance(s, dict)] if isinstance(sectors, list) else []

    def index(self, key):
        entries = self.data.get(key)
        entries = [e for e in entries if isinstance(e, dict)] if isinstance(entries, list) else []
        by_id = {}
        for n, entry in enumerate(entries):
            ident = entry.get("id")
            if ident in by_id:
                self.error(key, f"{key}[{n}]: id {ident!r} is used twice")
            by_id[ident] = entry
        return entries, by_id

    def check_organisations(self):
        entries, by_id = self.index("organisations")
        seed = self.seed_text
        names = {}
        for n, org in enumerate(entries):
            where = f"organisations[{n}] ({org.get('id')})"
            name, acronym = org.get("name"), org.get("acronym")
            if not occurs(name, seed):
                self.error(where, f"name {name!r} does not occur in the seed")
            if acronym is not None:
                if f"{name} ({acronym})" not in seed and not occurs(acronym, seed):
                    self.error(where, f"acronym {acronym!r} does not occur in the seed, neither "
                               f"as {name} ({acronym}) nor alone")
            for label in (name, acronym):
                if label is None:
                    continue
                other = names.get(str(label).casefold())
                if other is not None:
                    self.error(where, f"{label!r} also names organisation {other!r}: the same "
                               "organisation must have one entry")
                names[str(label).casefold()] = org.get("id")

        # Exact wordings of each organisation, to catch a reference to the wrong entry.
        wording = {}
        for org in entries:
            wording[org.get("name")] = org.get("id")
            if org.get("acronym"):
                wording[f"{org.get('name')} ({org.get('acronym')})"] = org.get("id")

        first_use = []
        for s, field, ref in self.references():
            where = self.sector_name(s)
            ident, text = ref.get("organisation"), ref.get("text")
            org = by_id.get(ident)
            if org is None:
                self.error(where, f"{field}.organisation {ident!r} is not in the organisation index")
                continue
            if ident not in first_use:
                first_use.append(ident)
            if isinstance(text, str):
                if not occurs(org.get("name"), text) and not occurs(org.get("acronym"), text):
                    self.error(where, f"{field}.text {text!r} does not name organisation "
                               f"{ident!r} ({org.get('name')!r})")
                if text in wording and wording[text] != ident:
                    self.error(where, f"{field}.text {text!r} is organisation "
                               f"{wording[text]!r}, not {ident!r}")

        for s, sector in enumerate(self.sectors()):
            for p, partner in enumerate(sector.get("partners") or []):
                if isinstance(partner, dict) and "group" in partner and \
                        str(partner["group"]).casefold() in names:
                    self.error(self.sector_name(s), f"partners[{p}].group {partner['group']!r} "
                               "is an organisation; group headings are not organisations")

        unused = [e.get("id") for e in entries if e.get("id") not in first_use]
        if unused:
            self.error("organisations", f"entries no lead or partner refers to: {unused}")
        order = [e.get("id") for e in entries if e.get("id") in first_use]
        if order != first_use:
            self.error("organisations", "the index is not in order of first appearance: "
                       + order_mismatch(order, first_use))

    def check_issues(self):
        entries, by_id = self.index("issues")
        first_use, texts_of, issue_of_text, labels = [], {}, {}, {}
        for s, sector in enumerate(self.sectors()):
            where = self.sector_name(s)
            for i, ref in enumerate(sector.get("issues") or []):
                if not isinstance(ref, dict):
                    continue
                ident, text = ref.get("issue"), ref.get("text")
                if ident not in by_id:
                    self.error(where, f"issues[{i}].issue {ident!r} is not in the issue index")
                    continue
                if ident not in first_use:
                    first_use.append(ident)
                texts_of.setdefault(ident, []).append(text)
                if text in issue_of_text and issue_of_text[text] != ident:
                    self.error(where, f"issues[{i}]: {text!r} refers to {ident!r} here but to "
                               f"{issue_of_text[text]!r} elsewhere")
                issue_of_text.setdefault(text, ident)
        for n, issue in enumerate(entries):
            where = f"issues[{n}] ({issue.get('id')})"
            label = issue.get("label")
            if label in labels:
                self.error(where, f"label {label!r} is also the label of {labels[label]!r}")
            labels[label] = issue.get("id")
            texts = texts_of.get(issue.get("id"), [])
            if not texts:
                self.error(where, "no sector refers to this issue")
                continue
            if label not in texts:
                self.error(where, f"label {label!r} is none of the seed wordings {texts}")
            for text in texts:
                if isinstance(text, str) and not text.startswith(str(label)):
                    self.error(where, f"{text!r} does not start with the label {label!r}; "
                               "only wordings that add a qualifier to the label share an issue")
        order = [e.get("id") for e in entries if e.get("id") in first_use]
        if order != first_use:
            self.error("issues", "the index is not in order of first appearance: "
                       + order_mismatch(order, first_use))

    # ------------------------------------------------------------ (d) counts

    def check_counts(self):
        sectors = self.sectors()
        ids = [s.get("id") for s in sectors]
        if len(sectors) != 12:
            self.error("sectors", f"{len(sectors)} sectors, expected 12")
        if ids != EXPECTED_SECTOR_IDS:
            self.error("sectors", "the sector ids are not the stable ids: "
                       + order_mismatch(ids, EXPECTED_SECTOR_IDS))
        for ident in set(ids):
            if ids.count(ident) > 1:
                self.error("sectors", f"id {ident!r} is used {ids.count(ident)} times")
        for s, sector in enumerate(sectors):
            where = self.sector_name(s)
            title = sector.get("title")
            if not isinstance(title, str) or not 2 <= len(title.split()) <= 5:
                self.error(where, f"title {title!r} is not 2 to 5 words")
            for field in ("issues", "description", "partners"):
                if not isinstance(sector.get(field), list) or not sector.get(field):
                    self.error(where, f"{field} is missing or empty")
            if not isinstance(sector.get("lead"), dict):
                self.error(where, "lead is missing")
            contact = sector.get("contact") if isinstance(sector.get("contact"), dict) else {}
            if not contact.get("name"):
                self.error(where, "contact.name is missing")
            email = contact.get("email")
            if not isinstance(email, str) or not EMAIL_RE.fullmatch(email):
                self.error(where, f"contact.email {email!r} is not a valid address")
        for path in (["issues"], ["organisations"], ["sectors"]):
            for n, entry in enumerate(self.get(self.data, path) or []):
                ident = self.get(entry, ["id"])
                if not isinstance(ident, str) or not SLUG_RE.fullmatch(ident):
                    self.error(path[0], f"{path[0]}[{n}].id {ident!r} is not a slug")

        labels = {e.get("id"): e.get("label") for e in self.index("issues")[0]}
        for label, expected in EXPECTED_ISSUE_SECTORS.items():
            actual = [s + 1 for s, sector in enumerate(sectors)
                      if any(isinstance(r, dict) and labels.get(r.get("issue")) == label
                             for r in sector.get("issues") or [])]
            if actual != expected:
                self.error("issues", f"issue {label!r} is referred to by sectors {actual}, "
                           f"expected {expected}")
        names = {e.get("id"): e.get("name") for e in self.index("organisations")[0]}
        for name, expected in EXPECTED_ORGANISATION_SECTORS.items():
            actual = sorted({s + 1 for s, _, ref in self.references()
                             if names.get(ref.get("organisation")) == name})
            if actual != expected:
                self.error("organisations", f"organisation {name!r} is lead or partner of "
                           f"sectors {actual}, expected {expected}")

    # --------------------------------------------------------- (e) form

    def check_form(self, raw):
        canonical = json.dumps(self.data, ensure_ascii=False, indent=2) + "\n"
        if raw != canonical:
            for n, (a, b) in enumerate(zip(raw.split("\n"), canonical.split("\n"))):
                if a != b:
                    break
            else:
                n = min(raw.count("\n"), canonical.count("\n"))
            self.error("format", f"{self.data_path} is not in canonical form (2-space "
                       f"indentation, one value per line, final newline), from line {n + 1}; "
                       "reformat with: python3 -m json.tool --indent 2 --no-ensure-ascii")

        def walk(node, path):
            if isinstance(node, dict):
                keys = list(node)
                unknown = [k for k in keys if k not in KEY_ORDER]
                ranked = [k for k in keys if k in KEY_ORDER]
                if unknown:
                    self.error(self.where_of(path), f"{self.show_path(path)}: unknown keys {unknown}")
                if ranked != sorted(ranked, key=KEY_ORDER.index):
                    self.error(self.where_of(path), f"{self.show_path(path)}: keys {ranked} are "
                               f"not in the documented order {sorted(ranked, key=KEY_ORDER.index)}")
                for key, value in node.items():
                    walk(value, path + (key,))
            elif isinstance(node, list):
                for i, value in enumerate(node):
                    walk(value, path + (i,))
        walk(self.data, ())

        def strings(node):
            if isinstance(node, dict):
                for value in node.values():
                    yield from strings(value)
            elif isinstance(node, list):
                for value in node:
                    yield from strings(value)
            elif isinstance(node, str):
                yield node
        for value in strings(self.data):
            if "'" in value:
                self.error("format", f"{value!r} has a straight apostrophe; use ’")
            if value != value.strip() or any(ord(c) < 32 or 0x7f <= ord(c) <= 0x9f or
                                             c in "\u2028\u2029" for c in value):
                self.error("format", f"{value!r} has surrounding white space or control characters")

    # ------------------------------------------------------------------ main

    def run(self):
        try:
            with open(self.data_path, encoding="utf-8") as f:
                raw = f.read()
            self.data = json.loads(raw)
            with open(self.seed_path, encoding="utf-8") as f:
                seed_raw = f.read()
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            print(f"FAIL cannot read the input: {e}", file=sys.stderr)
            return 1
        if not isinstance(self.data, dict):
            print(f"FAIL {self.data_path}: not a JSON object", file=sys.stderr)
            return 1
        self.seed_text = seed_raw.replace("'", APOSTROPHE)
        seed = self.parse_seed(seed_raw)

        self.check_lines(seed)       # (a)
        self.check_accounted()       # (b)
        self.check_organisations()   # (c)
        self.check_issues()          # (c)
        self.check_counts()          # (d)
        self.check_form(raw)         # (e)

        if self.errors:
            print(f"{self.data_path}: {self.errors} fidelity error(s) against {self.seed_path}",
                  file=sys.stderr)
            return 1
        print(f"{self.data_path}: reproduces {self.seed_path} exactly "
              f"({len(seed['sectors'])} sectors, {len(self.data['issues'])} issues, "
              f"{len(self.data['organisations'])} organisations)")
        return 0


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    return Checker(argv[1], argv[2]).run()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
