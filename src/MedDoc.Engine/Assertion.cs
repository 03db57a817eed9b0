namespace MedDoc.Engine;

/// <summary>
/// How the text asserts a finding, decided by ConText-style triggers.
/// Wire names are lowercase: present, negated, possible, hypothetical, historical, family.
/// </summary>
public enum Assertion
{
    /// <summary>"Small left pleural effusion." — stated as present for this patient.</summary>
    Present,
    /// <summary>"No pleural effusion." — ruled out.</summary>
    Negated,
    /// <summary>"Cannot exclude early pneumonia." — uncertain.</summary>
    Possible,
    /// <summary>"Rule out pneumonia." / "Return if chest pain." — not asserted, planned or conditional.</summary>
    Hypothetical,
    /// <summary>"History of myocardial infarction." — past, not current.</summary>
    Historical,
    /// <summary>"Mother has breast cancer." — about a relative.</summary>
    Family,
}
