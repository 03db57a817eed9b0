namespace MedDoc.Llm.Redaction;

/// <summary>
/// The kinds of protected health information removed before text leaves the process; each one has a
/// typed placeholder ("Patient: Jane Roe" → "Patient: [NAME]").
/// </summary>
public enum PhiKind
{
    /// <summary>A patient, relative or clinician name near a label or title ("Dr. Alan Poe" → "Dr. [NAME]").</summary>
    Name,
    /// <summary>A calendar date ("03/14/2024", "March 14, 2024", "2024-03-14").</summary>
    Date,
    /// <summary>A medical record number ("MRN: 00123456").</summary>
    Mrn,
    /// <summary>An account, encounter or visit number ("Acct #: A99812").</summary>
    Account,
    /// <summary>An accession number ("Accession: RAD-2024-0042").</summary>
    Accession,
    /// <summary>Another identifier after an ID label ("Member ID: XG77120").</summary>
    Identifier,
    /// <summary>A telephone or fax number ("(555) 201-7788").</summary>
    Phone,
    /// <summary>An e-mail address ("jroe@example.org").</summary>
    Email,
    /// <summary>A street address or a "City, ST 12345" line ("12 Elm Street").</summary>
    Address,
    /// <summary>A social security number ("123-45-6789").</summary>
    Ssn,
    /// <summary>An age over 89 ("93-year-old" → "[AGE]-year-old").</summary>
    Age,
}
