using MedDoc.Engine.Classification;
using MedDoc.Engine.Labs;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Tests.Classification;

/// <summary>
/// The structural evidence the classifier reads: a discharge summary's own sections, OCR-noisy pathology headers,
/// a partial lab panel, echo and obstetric content, a letter's salutation, an examination template. Synthetic text only.
/// </summary>
public sealed class DocumentStructureClassificationTests
{
    private static readonly LabValueParser Parser = new();
    private static readonly DocumentClassifier Classifier = new();

    private static DocumentClassification Classify(string text)
    {
        var document = TextModel.Read(text);
        return Classifier.Classify(document, Parser.Parse(document));
    }

    [Fact]
    public void ReadmeExampleWithTwoFlaggedCbcAnalytesIsACompleteBloodCount()
    {
        var classification = Classify("WBC 12.5 x10^3/uL (4.0-11.0) H\nHemoglobin 9.2 g/dL (13.5-17.5) L");
        Assert.Equal(DocumentType.CompleteBloodCount, classification.Type);
        Assert.Equal("Lab results are all CBC analytes: WBC, Hemoglobin.", classification.Rationale);
    }

    [Fact]
    public void PartialPanelMixingGroupsIsNotGuessed()
    {
        Assert.NotEqual(DocumentType.CompleteBloodCount, Classify("WBC 12.5 x10^3/uL (4.0-11.0) H\nTSH 8.1 mIU/L (0.4-4.5) H").Type);
    }

    [Fact]
    public void DischargeSummaryWithHistoryAndExaminationIsStillADischargeSummary()
    {
        const string text = "ADMITTING DIAGNOSES: Community-acquired pneumonia.\n" +
            "HISTORY OF PRESENT ILLNESS: The patient is a 70-year-old man who presented with cough and fever.\n" +
            "PHYSICAL EXAMINATION: Crackles at the right base.\nREVIEW OF SYSTEMS: Negative otherwise.\n" +
            "HOSPITAL COURSE: Treated with ceftriaxone and azithromycin; improved.\n" +
            "DISCHARGE DIAGNOSES: Community-acquired pneumonia.\nDISCHARGE MEDICATIONS: Amoxicillin.";
        Assert.Equal(DocumentType.DischargeSummary, Classify(text).Type);
    }

    [Fact]
    public void ConsultNoteMentioningAHospitalCourseIsAClinicalNote()
    {
        const string text = "CC: Headache.\nHX: The patient is a 40-year-old woman who presented with headache for two weeks.\n" +
            "PMH: Migraine.\nEXAM: Normal.\nHospital course: She improved with fluids and was discharged home.\n" +
            "ASSESSMENT AND PLAN: Migraine without aura; follow up in clinic.";
        Assert.Equal(DocumentType.ClinicalNote, Classify(text).Type);
    }

    [Theory]
    [InlineData("Specimen\nLeft kidney\nM\nicroscopic\nSections show clear cell renal cell carcinoma, nuclear grade 2.\nMargins are free of tumor.")]
    [InlineData("GrossDescription: Received in formalin, a 3.0 cm nodule.\nDiagnosis: Invasive ductal carcinoma, grade 2.")]
    [InlineData("TISSUE DESCRIPTION:\nLung, left upper lobe (175 grams)\nDIAGNOSIS:\nLung, left upper lobe, lobectomy: adenocarcinoma; bronchial margin negative; lymph nodes 0/4.")]
    public void OcrNoisyPathologyReportIsAPathologyReport(string text)
    {
        Assert.Equal(DocumentType.PathologyReport, Classify(text).Type);
    }

    [Fact]
    public void EchocardiogramWithADopplerSectionIsAnUltrasound()
    {
        const string text = "DESCRIPTION:\n1. Normal cardiac chambers size.\n2. Normal LV systolic function.\n" +
            "DOPPLER:\n1. Trace mitral regurgitation.\nIMPRESSION:\n1. Ejection fraction estimated around 60%.";
        var classification = Classify(text);
        Assert.Equal(DocumentType.Ultrasound, classification.Type);
        Assert.Contains("'DOPPLER'", classification.Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public void EchocardiogramThatNeverNamesTheModalityIsAnUltrasound()
    {
        const string text = "Left ventricle is normal in size with normal wall motion.\nEjection fraction 55%.\n" +
            "Mild mitral regurgitation. No pericardial effusion.";
        Assert.Equal(DocumentType.Ultrasound, Classify(text).Type);
    }

    [Fact]
    public void ObstetricBiometryIsAnUltrasound()
    {
        const string text = "Fetal position: variable.\nPlacenta: posterior.\nAmniotic fluid: within normal limits.\nBPD: 3.5 cm consistent with 16 weeks.";
        Assert.Equal(DocumentType.Ultrasound, Classify(text).Type);
    }

    [Fact]
    public void MriSequencesWithoutTheWordMriMakeAnMri()
    {
        const string text = "FINDINGS:\nThere is tendinitis of the common extensor origin (coronal T2 image 12).\nNo abnormal signal intensity in the marrow.\nIMPRESSION: Lateral epicondylitis.";
        Assert.Equal(DocumentType.Mri, Classify(text).Type);
    }

    [Fact]
    public void ConsultationLetterIsOtherEvenWithClinicalContent()
    {
        const string text = "Re: Example Patient\n\nDear Dr. Example:\n\nI had the pleasure of seeing your patient today. " +
            "She is a 48-year-old woman with a past medical history of hypertension. Review of systems is negative. " +
            "Physical examination: vital signs are normal.\n\nSincerely,";
        var classification = Classify(text);
        Assert.Equal(DocumentType.Other, classification.Type);
        Assert.StartsWith("A letter:", classification.Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public void PhysicalExaminationTemplateIsAClinicalNote()
    {
        const string text = "GENERAL: Alert, in no distress.\nHEENT: Pupils equal and reactive.\nNECK: Supple.\nLUNGS: Clear.\nHEART: Regular rhythm.\nABDOMEN: Soft.";
        Assert.Equal(DocumentType.ClinicalNote, Classify(text).Type);
    }

    [Fact]
    public void ChestXrayMentionedInAProgressNarrativeDoesNotMakeAnXRay()
    {
        const string text = "The patient was admitted 3 days ago with shortness of breath. A chest x-ray obtained today showed bilateral infiltrates. " +
            "She is improving on antibiotics.";
        Assert.Equal(DocumentType.ClinicalNote, Classify(text).Type);
    }

    [Theory]
    [InlineData("HCT, 1/4/93, was unremarkable. MRI brain revealed a left thalamic infarct.")]
    [InlineData("CXR was clear.\nMRI L-spine, 7/5/93, revealed an epidural mass at L2.")]
    public void CaseNarrativeWhoseCourseNamesStudiesIsAClinicalNoteNotAnImagingReport(string course)
    {
        var text = "CC: Progressive weakness.\n\nHX: This 54 y/o RHF presented with a 2 month history of leg weakness.\n\n" +
            "EXAM: Alert and oriented. Strength 4/5 in both legs.\n\nCOURSE: " + course;

        Assert.Equal(DocumentType.ClinicalNote, Classify(text).Type);
    }

    [Fact]
    public void HospitalCourseNamingAStudyStaysAClinicalNote()
    {
        const string text = "CHIEF COMPLAINT: Weakness.\n\nHISTORY OF PRESENT ILLNESS: The patient is a 54-year-old woman with leg weakness.\n\n" +
            "PHYSICAL EXAMINATION: Strength 4/5 in both legs.\n\nCOURSE: MRI of the lumbar spine was ordered. She was started on physical therapy.";

        Assert.Equal(DocumentType.ClinicalNote, Classify(text).Type);
    }
}
