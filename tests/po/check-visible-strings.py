#!/usr/bin/env python3
# Copyright 2026 The Secteurs authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""No text that people see escapes translation:
- in src/**/*.c, a string literal given to an API that shows text must be
  wrapped in _(), N_() or C_(), and a wrapped string must be literals only
  (xgettext stops at a macro such as G_GINT64_FORMAT: the message would
  never be found);
- in resources/*.ui, a property or menu attribute that shows text must be
  translatable="yes".
Strings without letters (once format specifiers are left out) need no
translation; ALLOWED lists the few words that stay as they are.

Usage: check-visible-strings.py SOURCE-ROOT"""

import glob
import os
import re
import sys
import xml.parsers.expat

# The source's own word, quoted from the French data.
ALLOWED = {"etc."}

# Function -> the positions (from 0) of its arguments that are shown.
SHOWN_ARGUMENTS = {
    **dict.fromkeys([
        "gtk_label_new", "gtk_label_new_with_mnemonic", "adw_toast_new", "adw_toast_new_format",
        "gtk_button_new_with_label", "gtk_button_new_with_mnemonic",
        "gtk_check_button_new_with_label", "gtk_check_button_new_with_mnemonic",
        "gtk_toggle_button_new_with_label", "gtk_toggle_button_new_with_mnemonic",
        "g_menu_item_new", "g_notification_new", "adw_window_title_new",
        "adw_alert_dialog_new", "gtk_alert_dialog_new"], (0,)),
    **dict.fromkeys([
        "gtk_label_set_text", "gtk_label_set_label", "gtk_label_set_markup",
        "gtk_label_set_text_with_mnemonic", "gtk_label_set_markup_with_mnemonic",
        "gtk_button_set_label", "gtk_check_button_set_label", "gtk_menu_button_set_label",
        "gtk_widget_set_tooltip_text", "gtk_widget_set_tooltip_markup", "gtk_window_set_title",
        "gtk_entry_set_placeholder_text", "gtk_search_entry_set_placeholder_text",
        "gtk_text_set_placeholder_text", "gtk_file_dialog_set_title",
        "gtk_file_dialog_set_accept_label", "gtk_file_filter_set_name", "gtk_stack_page_set_title",
        "gtk_alert_dialog_set_message", "gtk_alert_dialog_set_detail", "g_menu_append",
        "g_menu_prepend", "g_menu_insert", "g_notification_set_body",
        "adw_preferences_row_set_title", "adw_action_row_set_subtitle",
        "adw_expander_row_set_subtitle", "adw_preferences_group_set_title",
        "adw_preferences_group_set_description", "adw_preferences_page_set_title",
        "adw_preferences_page_set_description", "adw_status_page_set_title",
        "adw_status_page_set_description", "adw_navigation_page_set_title",
        "adw_window_title_set_title", "adw_window_title_set_subtitle", "adw_dialog_set_title",
        "adw_toast_set_title", "adw_toast_set_button_label", "adw_banner_set_title",
        "adw_banner_set_button_label", "adw_alert_dialog_set_heading", "adw_alert_dialog_set_body",
        "adw_about_dialog_set_comments", "adw_button_content_set_label",
        "adw_split_button_set_label", "adw_toggle_set_label", "adw_toggle_set_tooltip"], (1,)),
    "adw_alert_dialog_add_response": (2,),
}
# Property names whose value is shown, in g_object_new (), g_object_set ()…
SHOWN_PROPERTIES = {
    "label", "title", "subtitle", "tooltip-text", "tooltip-markup", "tooltip", "description",
    "placeholder-text", "heading", "body", "button-label", "comments", "application-name",
    "developer-name", "copyright", "translator-credits", "release-notes", "text",
}
PROPERTY_CALLS = ("g_object_new", "g_object_set", "gtk_widget_class_set_accessible_role")
ACCESSIBLE_PROPERTIES = ("GTK_ACCESSIBLE_PROPERTY_LABEL", "GTK_ACCESSIBLE_PROPERTY_DESCRIPTION")
GETTEXT_CALLS = {"_": (0,), "N_": (0,), "C_": (1,), "NC_": (1,), "ngettext": (0, 1)}

STRING = r'"(?:\\.|[^"\\\n])*"'
TOKEN = re.compile(STRING + r"|'(?:\\.|[^'\\\n])*'|//[^\n]*|/\*.*?\*/|[(),]", re.S)
LITERALS = re.compile(rf"(?:{STRING}\s*)+")
CALL = re.compile(r"(?<![\w])(" + "|".join(map(re.escape, [*SHOWN_ARGUMENTS, *PROPERTY_CALLS,
                                                            "gtk_accessible_update_property",
                                                            *GETTEXT_CALLS])) + r")\s*\(")
FORMAT = re.compile(r"%[-+ #0-9.*]*(?:hh|h|ll|l|z|j|t)?[a-zA-Z]|%%")


def strip_comments(code):
    """Blanks out comments, keeping line numbers and string literals."""
    def blank(match):
        text = match.group()
        return re.sub(r"[^\n]", " ", text) if text.startswith("/") and text[1:2] in "/*" else text
    return TOKEN.sub(blank, code)


def arguments(code, start):
    """The text of each argument of the call whose "(" ends at start."""
    args, depth, begin = [], 0, start
    for match in TOKEN.finditer(code, start):
        token = match.group()
        if token == "(":
            depth += 1
        elif token == ")" and depth > 0:
            depth -= 1
        elif token in ",)" and depth == 0:
            args.append(code[begin:match.start()].strip())
            begin = match.end()
            if token == ")":
                return args
    return args


def needs_translation(text):
    return text not in ALLOWED and re.search(r"[^\W\d_]", FORMAT.sub("", text)) is not None


def literal_text(argument):
    return "".join(part[1:-1] for part in re.findall(STRING, argument))


def check_c(path, problems):
    with open(path, encoding="utf-8") as source:
        code = strip_comments(source.read())
    for call in CALL.finditer(code):
        name, line = call.group(1), code.count("\n", 0, call.start()) + 1
        args = arguments(code, call.end())
        if name in GETTEXT_CALLS:
            for i in GETTEXT_CALLS[name]:
                if i < len(args) and args[i].startswith('"') and not LITERALS.fullmatch(args[i]):
                    problems.append(f"{path}:{line}: xgettext cannot read {' '.join(args[i].split())}: "
                                    "a translatable string must be string literals only")
            continue
        if name in SHOWN_ARGUMENTS:
            shown = [args[i] for i in SHOWN_ARGUMENTS[name] if i < len(args)]
        elif name == "gtk_accessible_update_property":
            shown = [args[i + 1] for i in range(len(args) - 1) if args[i] in ACCESSIBLE_PROPERTIES]
        else:
            shown = [args[i + 1] for i in range(len(args) - 1)
                     if args[i].strip('"') in SHOWN_PROPERTIES and args[i].startswith('"')]
        for argument in shown:
            if argument.startswith('"') and needs_translation(literal_text(argument)):
                problems.append(f"{path}:{line}: {name} () shows {' '.join(argument.split())} without _()")


def check_ui(path, problems):
    parser = xml.parsers.expat.ParserCreate()
    stack = []

    def start(tag, attributes):
        stack.append((tag, attributes, parser.CurrentLineNumber, []))

    def end(tag):
        tag, attributes, line, text = stack.pop()
        text = "".join(text).strip()
        if (tag in ("property", "attribute") and attributes.get("name") in SHOWN_PROPERTIES
                and attributes.get("translatable") != "yes" and needs_translation(text)):
            problems.append(f"{path}:{line}: <{tag} name=\"{attributes['name']}\">{text}</{tag}> "
                            "lacks translatable=\"yes\"")

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = lambda text: stack and stack[-1][3].append(text)
    with open(path, "rb") as source:
        parser.ParseFile(source)


source_root = sys.argv[1]
os.chdir(source_root)
problems = []
c_files = sorted(glob.glob("src/**/*.c", recursive=True))
ui_files = sorted(glob.glob("resources/**/*.ui", recursive=True))
for path in c_files:
    check_c(path, problems)
for path in ui_files:
    check_ui(path, problems)

for problem in problems:
    print(problem)
print(f"FAIL: {len(problems)} string(s) escape translation" if problems
      else f"ok: {len(c_files)} C files and {len(ui_files)} UI files checked")
sys.exit(1 if problems else 0)
