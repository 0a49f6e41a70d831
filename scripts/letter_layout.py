#!/usr/bin/env python3
"""Lays out a letter given as UTF-8 text as a LibreOffice flat ODF document (.fodt), which
`soffice --headless --convert-to pdf|docx|doc` then turns into a real PDF or Word file.

Two modes:
  letter  (default) a hand-written letter: every non-blank line is a paragraph that the layout engine
          wraps and justifies; a paragraph with Arabic letters is set right to left in an Arabic font;
          the first page has a footer with the job number and its bar code, later pages the document
          symbol (the letter's first line when it is one) as a running header and 'page job' as footer;
          an annex starts on a new page.
  pages   a letter as a PDF-to-text tool gave it (form feeds between pages, page furniture as lines):
          every line is printed as a line and every form feed starts a new page, so the PDF shows the
          same lines on the same pages.

Usage: letter_layout.py IN.txt OUT.fodt [--mode letter|pages] [--job 24-01234]
"""
import argparse
import re
import sys
from xml.sax.saxutils import escape

SYMBOL = re.compile(r"^(A|S|E|ST)(/[A-Z0-9.\-]+){1,6}([–-](A|S|E)(/[A-Z0-9.\-]+){1,6})?$")
ANNEX = re.compile(r"^(Annex|Annexe|مرفق)\b")
ARABIC = re.compile(r"[\u0600-\u06FF]")

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
 <style:font-face style:name="Mono" svg:font-family="'Liberation Mono'" style:font-family-generic="modern"/>
 <style:font-face style:name="Naskh" svg:font-family="'Noto Naskh Arabic'" style:font-family-generic="roman"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="{gap}"/>
  <style:text-properties style:font-name="{font}" fo:font-size="{size}" fo:language="{lang}" fo:country="none"
   style:font-name-complex="Naskh" style:font-size-complex="{size_ar}" style:language-complex="ar" style:country-complex="none"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Body" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" style:writing-mode="lr-tb"/>
 </style:style>
 <style:style style:name="BodyRtl" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" style:writing-mode="rl-tb"/>
 </style:style>
 <style:style style:name="Furniture" style:family="paragraph">
  <style:paragraph-properties fo:text-align="start" style:writing-mode="lr-tb" fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="A4">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm"
   fo:margin-bottom="1.5cm" fo:margin-left="{margin}" fo:margin-right="{margin}"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="FirstBody" style:family="paragraph" style:parent-style-name="{first_parent}" style:master-page-name="FirstPage"/>
 <style:style style:name="BreakBody" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="BreakBodyRtl" style:family="paragraph" style:parent-style-name="BodyRtl">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="Line" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0cm" fo:text-align="start" style:writing-mode="{line_dir}"/>
  <style:text-properties style:font-name="Mono" fo:font-size="{size}" style:font-size-complex="{size_ar}"/>
 </style:style>
 <style:style style:name="LineBreak" style:family="paragraph" style:parent-style-name="Line">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
</office:automatic-styles>
<office:master-styles>
{masters}
</office:master-styles>
<office:body><office:text>
"""

TAIL = """</office:text></office:body></office:document>
"""


def letter_masters(symbol, job, lang):
    barcode = "*" + job.replace("-", "") + "*" if job else ""
    first_footer = ""
    if job:
        first_footer = ('<style:footer><text:p text:style-name="Furniture">%s (%s)</text:p>'
                        '<text:p text:style-name="Furniture">%s</text:p></style:footer>') % (escape(job), lang[0].upper(), escape(barcode))
    header = ('<style:header><text:p text:style-name="Furniture">%s</text:p></style:header>' % escape(symbol)) if symbol else ""
    footer = ('<style:footer><text:p text:style-name="Furniture"><text:page-number text:select-page="current"/> %s</text:p></style:footer>'
              % escape(job)) if job else ""
    return ('<style:master-page style:name="FirstPage" style:page-layout-name="A4" style:next-style-name="Standard">%s</style:master-page>\n'
            '<style:master-page style:name="Standard" style:page-layout-name="A4">%s%s</style:master-page>') % (first_footer, header, footer)


def letter_body(lines):
    out = []
    first = True
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        rtl = bool(ARABIC.search(line))
        if first:
            style = "FirstBody"
        elif ANNEX.match(line):
            style = "BreakBodyRtl" if rtl else "BreakBody"
        else:
            style = "BodyRtl" if rtl else "Body"
        first = False
        out.append('<text:p text:style-name="%s">%s</text:p>' % (style, escape(line)))
    return "\n".join(out)


def pages_body(text):
    out = []
    first = True
    for p, page in enumerate(text.split("\f")):
        lines = page.split("\n")
        if p > 0 and not page.strip():
            continue
        for i, line in enumerate(lines):
            if first:
                style = "FirstBody"
            elif i == 0 and p > 0:
                style = "LineBreak"
            else:
                style = "Line"
            first = False
            # keep runs of spaces: pdftotext lines are laid out with them
            parts = re.split(r"( {2,})", line.rstrip())
            xml = "".join('<text:s text:c="%d"/>' % len(x) if x.startswith("  ") else escape(x) for x in parts)
            out.append('<text:p text:style-name="%s">%s</text:p>' % (style, xml))
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("src")
    ap.add_argument("out")
    ap.add_argument("--mode", choices=["letter", "pages"], default="letter")
    ap.add_argument("--job", default="")
    a = ap.parse_args()
    with open(a.src, encoding="utf-8-sig") as f:
        text = f.read().replace("\r\n", "\n")
    arabic = len(ARABIC.findall(text)) > len(re.findall(r"[A-Za-z]", text))
    lang = "ar" if arabic else ("fr" if re.search(r"\b(Lettre|Conseil|datée)\b", text) else "en")
    if a.mode == "letter":
        first = next((l.strip() for l in text.split("\n") if l.strip()), "")
        symbol = first if SYMBOL.match(first) else ""
        masters = letter_masters(symbol, a.job, lang)
        body = letter_body(text.split("\n"))
        first_parent = "Body"
        size, gap, margin = "12pt", "0.25cm", "2.2cm"
    else:
        masters = ('<style:master-page style:name="FirstPage" style:page-layout-name="A4" style:next-style-name="Standard"/>\n'
                   '<style:master-page style:name="Standard" style:page-layout-name="A4"/>')
        body = pages_body(text)
        first_parent = "Line"
        size, gap, margin = "8pt", "0cm", "1.5cm"
    head = HEAD.format(font="Serif", size=size, size_ar=("14pt" if a.mode == "letter" else size), lang=lang,
                       gap=gap, margin=margin, first_parent=first_parent,
                       line_dir="rl-tb" if arabic else "lr-tb", masters=masters)
    with open(a.out, "w", encoding="utf-8") as f:
        f.write(head + body + "\n" + TAIL)


if __name__ == "__main__":
    sys.exit(main())
