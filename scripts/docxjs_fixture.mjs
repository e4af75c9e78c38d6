// Writes resume/testdata/office/docxjs.docx the way resume
// builders made with the "docx" npm package do (its CV demo's layout):
// a title, headings, company in bold with the dates after a right tab,
// the position in italics, bullets from the package's own numbering.
// Run by scripts/make-office-fixtures.sh: node scripts/docxjs_fixture.mjs OUT
// (needs `npm install docx` where node resolves it). Fictional person.
import fs from "node:fs";
import { Document, Packer, Paragraph, TextRun, HeadingLevel, TabStopType, AlignmentType } from "docx";

const out = process.argv[2];
const role = (company, dates, title, bullets) => [
  new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: 9000 }],
    children: [new TextRun({ text: company, bold: true }), new TextRun({ text: `\t${dates}`, bold: true })],
  }),
  new Paragraph({ children: [new TextRun({ text: title, italics: true })] }),
  ...bullets.map((b) => new Paragraph({ text: b, bullet: { level: 0 } })),
];

const doc = new Document({
  creator: "resume-builder",
  sections: [{
    children: [
      new Paragraph({ text: "Tomasz Ekwueme", heading: HeadingLevel.TITLE }),
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun("Leeds, UK | tomasz.e@example.com | 555-0100 | github.com/tekwueme-dev")] }),
      new Paragraph({ text: "Profile", heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: "Backend developer who ships data-heavy services in Python and Go, and keeps them boring to run." }),
      new Paragraph({ text: "Experience", heading: HeadingLevel.HEADING_1 }),
      ...role("Proseware Analytics", "Sep 2021 - Present", "Senior Backend Developer", [
        "Rebuilt the ingestion API in Go, raising throughput from 800 to 5,000 events per second.",
        "Helped with the move from cron jobs to Celery workers on Redis.",
        "Responsible for the PostgreSQL partitioning scheme for 4 TB of event data.",
      ]),
      ...role("Woodgrove Bank", "Jul 2018 - Aug 2021", "Software Engineer", [
        "Wrote the Django services behind the mortgage calculator used by 200,000 customers a month.",
        "Worked on reducing test suite time from 40 to 12 minutes.",
      ]),
      new Paragraph({ text: "Skills", heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ children: [new TextRun({ text: "Languages: ", bold: true }), new TextRun("Python, Go, SQL")] }),
      new Paragraph({ children: [new TextRun({ text: "Tools: ", bold: true }), new TextRun("Django, Celery, Redis, PostgreSQL, Docker")] }),
      new Paragraph({ text: "Education", heading: HeadingLevel.HEADING_1 }),
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: 9000 }],
        children: [new TextRun({ text: "University of Leeds", bold: true }), new TextRun({ text: "\t2015 - 2018", bold: true })],
      }),
      new Paragraph({ children: [new TextRun({ text: "BSc Computer Science", italics: true })] }),
    ],
  }],
});

fs.writeFileSync(out, await Packer.toBuffer(doc));
