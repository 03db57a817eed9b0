using MedDoc.Llm.Redaction;

namespace MedDoc.Llm.Tests.Redaction;

public sealed class PhiRedactorTests
{
    private readonly PhiRedactor _redactor = new();

    [Theory]
    [InlineData("Patient: Jane Roe", "Patient: [NAME]", "Jane Roe")]
    [InlineData("Patient Name: ROE, JANE Q.", "Patient Name: [NAME]", "ROE, JANE Q.")]
    [InlineData("Name: Marta O'Neil-Baker\nDOB", "Name: [NAME]\nDOB", "Marta O'Neil-Baker")]
    [InlineData("Referring Physician: Alan Poe", "Referring Physician: [NAME]", "Alan Poe")]
    [InlineData("Electronically signed by: Ana Ruiz", "Electronically signed by: [NAME]", "Ana Ruiz")]
    [InlineData("Seen today with Dr. Alan Poe.", "Seen today with Dr. [NAME].", "Alan Poe")]
    [InlineData("Discussed with Mrs. Roe at bedside.", "Discussed with Mrs. [NAME] at bedside.", "Roe")]
    [InlineData("Read by Kwame Mensah, MD", "Read by [NAME], MD", "Kwame Mensah")]
    [InlineData("Note by J. Roe RN", "Note by [NAME] RN", "J. Roe")]
    public void NamesNearLabelsAndTitlesAreReplaced(string text, string expected, string name)
    {
        var redacted = _redactor.Redact(text);

        Assert.Equal(expected, redacted.Text);
        Assert.DoesNotContain(name, redacted.Text);
        Assert.All(redacted.Redactions, redaction => Assert.Equal(PhiKind.Name, redaction.Kind));
    }

    [Fact]
    public void ANameFoundNearALabelIsHiddenWhereverItAppears()
    {
        const string text = "Emergency Contact: Tobias Roe\nSeen with TOBIAS today; Mr Roe agrees.";

        var redacted = _redactor.Redact(text);

        Assert.Equal("Emergency Contact: [NAME]\nSeen with [NAME] today; Mr [NAME] agrees.", redacted.Text);
    }

    [Fact]
    public void DeIdentificationMarksAreNotSpreadAsNames()
    {
        const string text = "Dr. XXXX XXXX notified. Chest x-XXXX shows no effusion.";

        Assert.Equal("Dr. [NAME] notified. Chest x-XXXX shows no effusion.", _redactor.Redact(text).Text);
    }

    [Fact]
    public void ANameAfterARelationWordIsReplaced()
    {
        Assert.Equal("Came with her son [NAME] today.", _redactor.Redact("Came with her son Tobias today.").Text);
    }

    [Theory]
    [InlineData("DOB: 04/02/1931.", "DOB: [DATE].")]
    [InlineData("Seen 4-2-24 in clinic.", "Seen [DATE] in clinic.")]
    [InlineData("Exam date 2024-03-14.", "Exam date [DATE].")]
    [InlineData("Admitted March 14, 2024 for pneumonia.", "Admitted [DATE] for pneumonia.")]
    [InlineData("Admitted 14 Mar 2024.", "Admitted [DATE].")]
    [InlineData("Last seen Sept 2023.", "Last seen [DATE].")]
    [InlineData("Dated 14.03.2024 by clinic.", "Dated [DATE] by clinic.")]
    public void DatesAreReplaced(string text, string expected)
    {
        Assert.Equal(expected, _redactor.Redact(text).Text);
    }

    [Theory]
    [InlineData("MRN: 00123456", "MRN: [MRN]")]
    [InlineData("Medical Record Number 7788123", "Medical Record Number [MRN]")]
    [InlineData("Acct #: A99812", "Acct #: [ACCOUNT]")]
    [InlineData("Encounter: 55120934", "Encounter: [ACCOUNT]")]
    [InlineData("Accession: RAD-2024-0042", "Accession: [ACCESSION]")]
    [InlineData("Member ID: XG77120", "Member ID: [IDENTIFIER]")]
    public void RecordAccountAndAccessionNumbersAreReplacedAndTheirLabelsKept(string text, string expected)
    {
        Assert.Equal(expected, _redactor.Redact(text).Text);
    }

    [Theory]
    [InlineData("Call (555) 201-7788 with results.", "Call [PHONE] with results.")]
    [InlineData("Phone 555-201-7788.", "Phone [PHONE].")]
    [InlineData("Fax +1 555.201.7788", "Fax [PHONE]")]
    public void PhoneNumbersAreReplaced(string text, string expected)
    {
        Assert.Equal(expected, _redactor.Redact(text).Text);
    }

    [Fact]
    public void EmailAddressesAreReplaced()
    {
        Assert.Equal("Send to [EMAIL] today.", _redactor.Redact("Send to jane.roe+lab@example.org today.").Text);
    }

    [Theory]
    [InlineData("Lives at 12 Elm Street, Apt 4B.", "Lives at [ADDRESS].")]
    [InlineData("Home: 4410 North Oak Ave, Springfield, IL 62704", "Home: [ADDRESS]")]
    [InlineData("Address: 9 Harbour View, Leeds", "Address: [ADDRESS]")]
    public void StreetAddressesAreReplaced(string text, string expected)
    {
        Assert.Equal(expected, _redactor.Redact(text).Text);
    }

    [Theory]
    [InlineData("SSN 123-45-6789 on file.", "SSN [SSN] on file.")]
    [InlineData("Social Security Number: 123456789", "Social Security Number: [SSN]")]
    public void SocialSecurityNumbersAreReplaced(string text, string expected)
    {
        Assert.Equal(expected, _redactor.Redact(text).Text);
    }

    [Theory]
    [InlineData("A 93-year-old woman with cough.", "A [AGE]-year-old woman with cough.")]
    [InlineData("94 y/o male.", "[AGE] y/o male.")]
    [InlineData("Age: 101", "Age: [AGE]")]
    public void AgesOverEightyNineAreReplaced(string text, string expected)
    {
        Assert.Equal(expected, _redactor.Redact(text).Text);
    }

    [Theory]
    [InlineData("A 67-year-old man with cough.")]
    [InlineData("An 89 y/o woman.")]
    public void AgesUpToEightyNineAreKept(string text)
    {
        Assert.Equal(text, _redactor.Redact(text).Text);
    }

    [Theory]
    [InlineData("FINDINGS: No pneumothorax or pleural effusion. Mild cardiomegaly.")]
    [InlineData("Hemoglobin 9.2 g/dL (13.5-17.5) L")]
    [InlineData("Sodium 128 mmol/L (135-145) L; BP 142/88; T10-T12 spondylosis.")]
    [InlineData("EXAMINATION: CHEST 2V FRONTAL/LATERAL\nIMPRESSION: No acute disease.")]
    [InlineData("Exam Name: CHEST PA AND LATERAL")]
    [InlineData("Platelets 450 x10^3/uL, MCV 78 fL, 2 views of the left wrist.")]
    public void ClinicalTextWithoutPhiIsUnchanged(string text)
    {
        var redacted = _redactor.Redact(text);

        Assert.Equal(text, redacted.Text);
        Assert.Empty(redacted.Redactions);
    }

    [Fact]
    public void OverlappingHitsAreJoinedSoNothingLeaks()
    {
        const string text = "Address: 12 Elm Street, Springfield, IL 62704\nFINDINGS: Clear.";

        var redacted = _redactor.Redact(text);

        Assert.Equal("Address: [ADDRESS]\nFINDINGS: Clear.", redacted.Text);
        Assert.Single(redacted.Redactions);
    }

    [Fact]
    public void EveryRedactionMapsBackToThePhiItReplaced()
    {
        const string text = "Patient: Jane Roe  DOB: 04/02/1931  MRN: 0012345\nIMPRESSION: Cardiomegaly.";

        var redacted = _redactor.Redact(text);

        Assert.Equal("Patient: [NAME]  DOB: [DATE]  MRN: [MRN]\nIMPRESSION: Cardiomegaly.", redacted.Text);
        Assert.Equal(["Jane Roe", "04/02/1931", "0012345"], redacted.Redactions.Select(r => text[r.OriginalStart..r.OriginalEnd]));
        Assert.All(redacted.Redactions, r => Assert.Equal(PhiRedactor.Placeholder(r.Kind), redacted.Text[r.RedactedStart..r.RedactedEnd]));
    }
}
