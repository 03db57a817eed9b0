namespace MedDoc.Engine.Tests.Rules;

/// <summary>
/// The clinical lexicon and combination rules through the whole engine: one made-up note, the exact set of
/// codes it should get (ICD-10-CM "with" presumptions, supersession, guards against look-alike phrases).
/// </summary>
public sealed class LexiconCodingTests
{
    private static readonly ClinicalEngine Engine = new();

    private static string Codes(string text) =>
        string.Join(' ', Engine.Analyze(text).Codes.Select(code => code.Code).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("ASSESSMENT:\nType 2 diabetes mellitus. CKD stage 3a. Hypertension.", "E11.22 I12.9 N18.31")]
    [InlineData("ASSESSMENT:\nHypertension. Chronic diastolic heart failure. CKD stage 4.", "I13.0 I50.32 N18.4")]
    [InlineData("ASSESSMENT:\nHypertension. Congestive heart failure.", "I11.0 I50.9")]
    [InlineData("ASSESSMENT:\nESRD on hemodialysis. Hypertension.", "I12.0 N18.6 Z99.2")]
    [InlineData("Hypertension and chronic kidney disease stage V on hemodialysis.", "I12.0 N18.5 Z99.2")]
    [InlineData("A boy with cleft lip and bilateral cleft palate.", "Q37.9")]
    [InlineData("There was mild keratosis pilaris on the cheeks.", "L85.8")]
    [InlineData("Actinic keratosis on the scalp.", "L57.0")]
    [InlineData("Cleft lip. The cleft palate was repaired later.", "Q37.9")]
    [InlineData("A child with cleft lip and palate.", "Q37.9")]
    [InlineData("He had a cleft lip.", "Q36.9")]
    [InlineData("She was born with a cleft palate.", "Q35.9")]
    [InlineData("Hypertension. Chronic renal failure stage 5.", "I12.0 N18.5")]
    [InlineData("Hypertension. Chronic renal failure stage 4.", "I12.9 N18.4")]
    [InlineData("Hypertension. Heart failure. Chronic kidney disease stage V.", "I13.2 I50.9 N18.5")]
    [InlineData("A 33-year-old man with end-stage chronic renal failure secondary to polycystic kidney disease.", "N18.6 Q61.3")]
    [InlineData("A 33-year-old man with chronic renal failure secondary to polycystic kidney disease.", "N18.9 Q61.3")]
    [InlineData("ASSESSMENT:\nType 1 diabetes with diabetic peripheral neuropathy.", "E10.42")]
    [InlineData("ASSESSMENT:\nType 2 diabetes with diabetic chronic kidney disease.", "E11.22")]
    [InlineData("ASSESSMENT:\nPoorly controlled type 2 diabetes.", "E11.65")]
    [InlineData("DISCHARGE DIAGNOSES:\nType 2 diabetes mellitus, uncontrolled.", "E11.65")]
    [InlineData("DISCHARGE DIAGNOSES:\nSeptic shock.", "A41.9 R65.21")]
    [InlineData("ASSESSMENT:\nCOVID-19 pneumonia.", "J12.82 U07.1")]
    [InlineData("ASSESSMENT:\nCoronary artery disease. Stable angina.", "I25.119")]
    [InlineData("ASSESSMENT:\nHypertension. Hypertensive urgency.", "I10 I16.0")]
    [InlineData("ASSESSMENT:\nAlcohol abuse. Alcohol dependence.", "F10.20")]
    public void CombinationCodesReplaceTheirParts(string text, string expected)
    {
        Assert.Equal(expected, Codes(text));
    }

    [Theory]
    [InlineData("ASSESSMENT:\nHTN, HLD, T2DM.", "E11.9 E78.5 I10")]
    [InlineData("ASSESSMENT:\nAFib. CAD. CHF. GERD. OSA.", "G47.33 I25.10 I48.91 I50.9 K21.9")]
    [InlineData("ASSESSMENT:\nMorbid obesity. Hypothyroidism.", "E03.9 E66.01")]
    [InlineData("ASSESSMENT:\nDepression. Generalized anxiety disorder. Low back pain.", "F32.A F41.1 M54.50")]
    [InlineData("ASSESSMENT:\nParkinson's disease. Dementia. Cigarette smoker.", "F03.90 F17.210 G20.A1")]
    [InlineData("ASSESSMENT:\nCOPD exacerbation. Acute hypoxic respiratory failure.", "J44.1 J96.01")]
    [InlineData("DISCHARGE DIAGNOSES:\nAcute kidney injury. UTI. Hyponatremia.", "E87.1 N17.9 N39.0")]
    public void AbbreviationsAndCommonDiagnosesAreCoded(string text, string expected)
    {
        Assert.Equal(expected, Codes(text));
    }

    [Theory]
    [InlineData("ASSESSMENT:\nParoxysmal atrial fibrillation. Atrial fibrillation on apixaban.", "I48.0 Z79.01")]
    [InlineData("ASSESSMENT:\nCKD. CKD stage 3b.", "N18.32")]
    [InlineData("ASSESSMENT:\nDiabetes mellitus. Type 1 diabetes.", "E10.9")]
    [InlineData("ASSESSMENT:\nType 2 diabetes with hyperglycemia. CKD stage 3b.", "E11.22 E11.65 N18.32")]
    [InlineData("ASSESSMENT:\nIron deficiency anemia.\nLABS:\nHemoglobin 9.1 g/dL (L) [13.5-17.5]", "D50.9")]
    public void SpecificConceptSupersedesTheGeneralOne(string text, string expected)
    {
        Assert.Equal(expected, Codes(text));
    }

    [Theory]
    [InlineData("ASSESSMENT:\nAcute on chronic diastolic heart failure with orthopnea and dyspnea on exertion.", "I50.33")]
    [InlineData("ASSESSMENT:\nUrinary tract infection with dysuria.", "N39.0")]
    [InlineData("ASSESSMENT:\nInfluenza with fever and cough.", "J11.1")]
    [InlineData("ASSESSMENT:\nChest pain. Migraine headache.", "G43.909 R07.9")]
    public void SymptomsIntegralToTheDiagnosisAreNotCodedAgain(string text, string expected)
    {
        Assert.Equal(expected, Codes(text));
    }

    [Theory]
    [InlineData("IMPRESSION:\nHepatic steatosis. Simple renal cyst. Splenomegaly.", "K76.0 N28.1 R16.1")]
    [InlineData("IMPRESSION:\nInfrarenal abdominal aortic aneurysm measuring 3.4 cm.", "I71.43")]
    [InlineData("IMPRESSION:\nNonobstructing left renal calculus. Cholelithiasis.", "K80.20 N20.0")]
    public void ImagingFindingsBeyondTheChestAreCoded(string text, string expected)
    {
        Assert.Equal(expected, Codes(text));
    }

    [Theory]
    [InlineData("SOCIAL HISTORY:\nNon-smoker.")]
    [InlineData("PLAN:\nInfluenza vaccine given today.")]
    [InlineData("PLAN:\nDVT prophylaxis with heparin.")]
    [InlineData("ECHOCARDIOGRAM:\nStroke volume is normal.")]
    [InlineData("PLAN:\nColon cancer screening is up to date.")]
    [InlineData("ECG:\nNo ST depression.")]
    [InlineData("PLAN:\nLow sodium diet and fluid restriction.")]
    public void LookAlikePhrasesAreNotCoded(string text)
    {
        Assert.Equal("", Codes(text));
    }
}
