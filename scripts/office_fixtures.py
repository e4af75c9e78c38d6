#!/usr/bin/python3
"""Writes the python-docx fixtures for resume (Word-like .docx files).

Run by scripts/make-office-fixtures.sh; needs python3-docx (Debian package).
Usage: office_fixtures.py OUTDIR

The people, employers and links are fictional. The XML mimics what Word
itself writes: runs split mid-sentence (spell-check and revision ids),
proofErr and bookmark markers between runs, a right tab before the dates,
hyperlinks, a smart tag, a HYPERLINK field, a content control, a text box
with its VML fallback, a tracked change, and the page header.
"""
import sys

import docx
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Inches

OUT = sys.argv[1] if len(sys.argv) > 1 else "."
W = nsdecls("w")
RSIDS = ["00A1B2C3", "00D4E5F6", "004F1A2B", "00C0FFEE"]


def rsid(run, i):
    run._r.set(qn("w:rsidR"), RSIDS[i % len(RSIDS)])
    return run


def add_runs(p, pieces):
    """pieces: list of (text, fmt) where fmt has b/i/proof/bookmark flags."""
    for i, (text, fmt) in enumerate(pieces):
        if "proof" in fmt:
            p._p.append(parse_xml('<w:proofErr %s w:type="spellStart"/>' % W))
        if "bookmark" in fmt:
            p._p.append(parse_xml('<w:bookmarkStart %s w:id="0" w:name="_GoBack"/>' % W))
            p._p.append(parse_xml('<w:bookmarkEnd %s w:id="0"/>' % W))
        r = rsid(p.add_run(text), i)
        r.bold = True if "b" in fmt else None
        r.italic = True if "i" in fmt else None
        if "proof" in fmt:
            p._p.append(parse_xml('<w:proofErr %s w:type="spellEnd"/>' % W))
    return p


def right_tab(p, pos=Inches(6.5)):
    p.paragraph_format.tab_stops.add_tab_stop(pos, WD_TAB_ALIGNMENT.RIGHT)


def hyperlink(p, url, text):
    rid = p.part.relate_to(url, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", is_external=True)
    p._p.append(parse_xml(
        '<w:hyperlink %s %s r:id="%s" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/>'
        '<w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr><w:t>%s</w:t></w:r></w:hyperlink>'
        % (W, nsdecls("r"), rid, text)))


def caps_heading(doc, text, rule=True):
    p = doc.add_paragraph()
    r = rsid(p.add_run(text), 0)
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    p.paragraph_format.space_before = Pt(10)
    if rule:
        p._p.get_or_add_pPr().append(parse_xml(
            '<w:pBdr %s><w:bottom w:val="single" w:sz="6" w:space="1" w:color="1F4E79"/></w:pBdr>' % W))
    return p


def word_caps(path):
    """Word-like: no heading styles, bold capitals section titles, List Bullet
    paragraphs, a contact table, runs split mid-sentence."""
    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)

    p = doc.add_paragraph()
    r = p.add_run("MARCUS OYELARAN")
    r.bold = True
    r.font.size = Pt(20)
    p.alignment = 1
    p = doc.add_paragraph()
    add_runs(p, [("Backend Engineer", {}), (" | ", {}), ("Chicago, IL", {})])
    p.alignment = 1

    t = doc.add_table(rows=1, cols=3)
    cells = t.rows[0].cells
    cells[0].paragraphs[0].add_run("marcus.o@example.com")
    cells[1].paragraphs[0].add_run("555-0100")
    hyperlink(cells[2].paragraphs[0], "https://linkedin.com/in/moyelaran-example", "linkedin.com/in/moyelaran-example")

    caps_heading(doc, "PROFESSIONAL SUMMARY")
    p = doc.add_paragraph()
    add_runs(p, [("Backend engineer with seven years", {}), (" building order", {}),
                 (" and billing systems in Java and ", {}), ("Go", {"proof": 1}),
                 (". Known for clear design docs and calm incident handling.", {})])

    caps_heading(doc, "EXPERIENCE")
    p = doc.add_paragraph()
    right_tab(p)
    add_runs(p, [("Senior Software Engineer", {"b": 1}), (", ", {}), ("Tailspin Commerce", {"i": 1})])
    p.add_run().add_tab()
    add_runs(p, [("Apr 2020 – Present", {})])
    for pieces in [
        [("Redesigned the checkout service", {}), (" in Java 17 and Spring Boot, cutting error rate from 2.1% to 0.4%.", {})],
        [("Built an event pipeline on ", {}), ("Kafka", {"b": 1}), (" that processes 3M order events a day.", {})],
        [("Helped with the migration of ", {}), ("nightly batch jobs", {"bookmark": 1}), (" to Airflow.", {})],
        [("Responsible for code reviews and onboarding of new hires.", {})],
    ]:
        add_runs(doc.add_paragraph(style="List Bullet"), pieces)

    p = doc.add_paragraph()
    right_tab(p)
    add_runs(p, [("Software Engineer", {"b": 1}), (", ", {}), ("Wingtip Travel", {"i": 1})])
    # Older Word files wrap place names in smart tags.
    p._p.append(parse_xml(
        '<w:smartTag %s w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">'
        '<w:r><w:t xml:space="preserve"> (Mil</w:t></w:r><w:r><w:t>waukee)</w:t></w:r></w:smartTag>' % W))
    p.add_run().add_tab()
    add_runs(p, [("Aug 2016", {}), (" – Mar 2020", {})])
    for pieces in [
        [("Wrote the fare-search API in ", {}), ("Go", {"b": 1}), (" serving 1,200 requests per second.", {})],
        [("Worked on ", {}), ("moving reporting queries", {}), (" to PostgreSQL read replicas.", {})],
        [("Added integration tests that caught 30 regressions before release.", {})],
    ]:
        add_runs(doc.add_paragraph(style="List Bullet"), pieces)

    caps_heading(doc, "SKILLS")
    p = doc.add_paragraph()
    add_runs(p, [("Languages: ", {"b": 1}), ("Java, Go, SQL, Python", {})])
    p = doc.add_paragraph()
    add_runs(p, [("Tools: ", {"b": 1}), ("Kafka, Spring Boot, PostgreSQL, Airflow, Docker", {})])

    caps_heading(doc, "EDUCATION")
    p = doc.add_paragraph()
    right_tab(p)
    add_runs(p, [("B.S. Computer Science", {"b": 1}), (", University of Illinois Chicago", {})])
    p.add_run().add_tab()
    p.add_run("2016")

    caps_heading(doc, "CERTIFICATIONS")
    # A content control around the paragraph, as Office templates make.
    body = doc.element.body
    sdt = parse_xml(
        '<w:sdt %s><w:sdtPr><w:alias w:val="Certification"/><w:id w:val="-1234"/></w:sdtPr><w:sdtContent>'
        '<w:p><w:r><w:t>Oracle Certified Professional: Java SE 17 Developer, 2022</w:t></w:r></w:p>'
        '</w:sdtContent></w:sdt>' % W)
    body.insert(len(body) - 1, sdt)
    # A field-coded link, as Word writes when a URL is typed then converted.
    p = doc.add_paragraph()
    p._p.append(parse_xml('<w:r %s><w:t xml:space="preserve">Portfolio: </w:t></w:r>' % W))
    for frag in [
        '<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>',
        '<w:r %s><w:instrText xml:space="preserve"> HYPERLINK "https://example.com/marcus" </w:instrText></w:r>',
        '<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>',
        '<w:r %s><w:t>example.com/marcus</w:t></w:r>',
        '<w:r %s><w:fldChar w:fldCharType="end"/></w:r>',
    ]:
        p._p.append(parse_xml(frag % W))

    footer = doc.sections[0].footer.paragraphs[0]
    footer.text = "Marcus Oyelaran — page 1"
    doc.save(path)


BULLET_NUM = """<w:abstractNum %s w:abstractNumId="90"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="1080" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:hint="default"/></w:rPr></w:lvl>
</w:abstractNum>"""
DECIMAL_NUM = """<w:abstractNum %s w:abstractNumId="91"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>"""


def add_numbering(doc):
    numbering = doc.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    for xml in (BULLET_NUM % W, DECIMAL_NUM % W):
        first_num.addprevious(parse_xml(xml))
    numbering.append(parse_xml('<w:num %s w:numId="90"><w:abstractNumId w:val="90"/></w:num>' % W))
    numbering.append(parse_xml('<w:num %s w:numId="91"><w:abstractNumId w:val="91"/></w:num>' % W))


def numbered(doc, text_pieces, num_id=90, level=0):
    p = doc.add_paragraph(style="List Paragraph")
    p._p.get_or_add_pPr().append(parse_xml(
        '<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (W, level, num_id)))
    return add_runs(p, text_pieces)


TEXT_BOX = """<w:r %(ns)s><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:posOffset>4572000</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="1828800" cy="1371600"/>
<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="Text Box 1"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1828800" cy="1371600"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>
<wps:txbx><w:txbxContent>%(paras)s</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"/>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape id="Text Box 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;width:2in;height:108pt">
<v:textbox><w:txbxContent>%(paras)s</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"""


def text_box(p, lines):
    paras = '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>%s</w:t></w:r></w:p>' % lines[0]
    paras += "".join('<w:p><w:r><w:t>%s</w:t></w:r></w:p>' % l for l in lines[1:])
    ns = " ".join([W, nsdecls("wp", "a"),
                   'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
                   'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"',
                   'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'])
    p._p.append(parse_xml(TEXT_BOX % {"ns": ns, "paras": paras}))


def word_numbered(path):
    """Real heading styles, numPr bullets from numbering.xml, the name and
    contact in the page header, a skills text box, a tracked change."""
    doc = docx.Document()
    add_numbering(doc)
    header = doc.sections[0].header
    header.paragraphs[0].text = "Elena Vasquez-Morrow"
    header.paragraphs[0].runs[0].bold = True
    header.paragraphs[0].runs[0].font.size = Pt(18)
    header.add_paragraph("Platform Engineer · Denver, CO · elena.vm@example.com · 555-0100")

    doc.add_paragraph("Profile", style="Heading 1")
    p = doc.add_paragraph()
    text_box(p, ["Core skills", "Go, Rust, Python", "gRPC, Envoy, Kubernetes", "Terraform, Vault"])
    add_runs(p, [("Platform engineer who builds the paved road: service templates, ", {}),
                 ("CI pipelines", {}), (" and the runtime that 300 developers deploy to.", {})])

    doc.add_paragraph("Work Experience", style="Heading 1")
    doc.add_paragraph("Staff Platform Engineer — Adventure Works Cloud", style="Heading 2")
    p = doc.add_paragraph()
    add_runs(p, [("Denver, CO · Feb 2022 – Present", {"i": 1})])
    numbered(doc, [("Designed the internal developer platform on ", {}), ("Kubernetes", {"b": 1}),
                   (" and Argo CD used by 45 teams.", {})])
    numbered(doc, [("Cut build times from 25 minutes to 7 minutes with remote caching in Bazel.", {})])
    numbered(doc, [("Led the service mesh rollout", {}), (" (Envoy, gRPC) across 120 services.", {})], level=0)
    numbered(doc, [("Wrote the rollout playbook and trained 12 on-call leads.", {})], level=1)
    # A tracked change: "two" deleted, "three" inserted.
    p = numbered(doc, [("Owned ", {})])
    p._p.append(parse_xml(
        '<w:del %s w:id="11" w:author="Reviewer" w:date="2024-05-01T10:00:00Z"><w:r><w:delText>two</w:delText></w:r></w:del>' % W))
    p._p.append(parse_xml(
        '<w:ins %s w:id="12" w:author="Reviewer" w:date="2024-05-01T10:00:00Z"><w:r><w:t>three</w:t></w:r></w:ins>' % W))
    add_runs(p, [(" internal Go libraries for retries, tracing and config.", {})])

    doc.add_paragraph("Platform Engineer — Litware Energy", style="Heading 2")
    p = doc.add_paragraph()
    add_runs(p, [("Boulder, CO · Jan 2018 – Jan 2022", {"i": 1})])
    numbered(doc, [("Migrated 60 services from Chef-managed VMs to containers on EKS.", {})])
    numbered(doc, [("Responsible for the Terraform modules for networking and IAM.", {})])
    numbered(doc, [("Built a cost report in Python that found $40K a month in idle resources.", {})])

    doc.add_paragraph("Awards", style="Heading 1")
    numbered(doc, [("Litware Engineering Excellence Award, 2020", {})], num_id=91)
    numbered(doc, [("Speaker, Rocky Mountain Cloud Summit, 2021", {})], num_id=91)

    doc.add_paragraph("Education", style="Heading 1")
    doc.add_paragraph("M.S. Computer Science — University of Colorado Boulder, 2017")
    doc.save(path)


def word_sidebar(path):
    """A two-column template: a layout table, the name across the top, a
    narrow sidebar (contact, skills, languages) beside the main column
    (summary, experience with List Bullet bullets, education)."""
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    t = doc.add_table(rows=2, cols=2)
    top = t.cell(0, 0).merge(t.cell(0, 1))
    p = top.paragraphs[0]
    r = p.add_run("Aisha Brennan-Okafor")
    r.bold, r.font.size = True, Pt(22)
    top.add_paragraph("Full-Stack Engineer")
    side, main = t.cell(1, 0), t.cell(1, 1)
    side.width, main.width = Inches(2.2), Inches(4.8)

    def title(cell, text, first=False):
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.color.rgb = RGBColor(0x2E, 0x74, 0xB5)

    title(side, "CONTACT", first=True)
    side.add_paragraph("aisha.bo@example.com")
    side.add_paragraph("555-0100")
    side.add_paragraph("Bristol, UK")
    title(side, "SKILLS")
    for skill in ["TypeScript, React", "Node.js, GraphQL", "PostgreSQL, Redis", "AWS Lambda"]:
        side.add_paragraph(skill, style="List Bullet")
    title(side, "LANGUAGES")
    side.add_paragraph("English, Yoruba")

    title(main, "SUMMARY", first=True)
    main.add_paragraph("Full-stack engineer with five years building customer dashboards and the APIs behind them.")
    title(main, "EXPERIENCE")
    for head, dates, bullets in [
        ("Lead Engineer, Fourth Coffee Digital", "Mar 2022 – Present", [
            "Led the rewrite of the ordering dashboard in React and TypeScript for 30 cafés.",
            "Cut API response times by 45% with Redis caching in front of PostgreSQL.",
            "Helped with hiring and onboarding four engineers.",
        ]),
        ("Software Engineer, Lamna Healthcare", "Jan 2019 – Feb 2022", [
            "Built a GraphQL gateway over six Node.js services.",
            "Responsible for the move of nightly reports to AWS Lambda.",
        ]),
    ]:
        p = main.add_paragraph()
        add_runs(p, [(head, {"b": 1})])
        p.add_run("\t" + dates)
        for b in bullets:
            main.add_paragraph(b, style="List Bullet")
    title(main, "EDUCATION")
    main.add_paragraph("BSc Software Engineering, University of Bristol, 2018")
    doc.save(path)


if __name__ == "__main__":
    word_caps(OUT + "/word-caps.docx")
    word_numbered(OUT + "/word-numbered.docx")
    word_sidebar(OUT + "/word-sidebar.docx")
