namespace MedDoc.Engine;

/// <summary>
/// One section of the document. <paramref name="Category"/> is lower_snake_case
/// ("findings", "impression", "indication", "assessment_plan", "body" when the text has no headers);
/// <paramref name="Header"/> is the header as written (null for "body"); <paramref name="Content"/>
/// spans the section's text after its header. Example: "IMPRESSION: No acute disease." →
/// Section("impression", Span(0,10,"IMPRESSION"), Span(12,29,"No acute disease.")).
/// </summary>
public sealed record Section(string Category, Span? Header, Span Content);
