using MedDoc.Engine.Classification;
using MedDoc.Engine.Labs;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Tests.Classification;

public sealed class DocumentClassifierTests
{
    private static readonly LabValueParser Parser = new();
    private static readonly DocumentClassifier Classifier = new();

    private static DocumentClassification Classify(string text)
    {
        var document = TextModel.Read(text);
        return Classifier.Classify(document, Parser.Parse(document));
    }

    private static DocumentType TypeOf(string text) => Classify(text).Type;

    public static TheoryData<string> CompleteBloodCounts => new()
    {
        "COMPLETE BLOOD COUNT WITH DIFFERENTIAL\n" +
        "Patient: Test Patient   DOB: 01/02/1960   Collected: 03/15/2024 08:12\n" +
        "Test            Result    Flag   Units        Reference Range\n" +
        "WBC             11.8      H      x10^3/uL     4.0-11.0\n" +
        "RBC             3.91      L      x10^6/uL     4.20-5.40\n" +
        "Hemoglobin      10.9      L      g/dL         12.0-16.0\n" +
        "Hematocrit      33.1      L      %            36.0-46.0\n" +
        "MCV             84.7             fL           80-100\n" +
        "Platelets       402       H      x10^3/uL     150-400\n",
        "Lab Results\r\nComponent\tValue\tFlag\tRef Range\tUnits\r\nWBC\t6.2\t\t4.0-11.0\t×10³/µL\r\nHgb\t13.9\t\t12.0-16.0\tg/dL\r\nHct\t41.2\t\t36-46\t%\r\nPLT\t233\t\t150-400\t×10³/µL\r\nRDW\t13.0\t\t11.5-14.5\t%\r\n",
        "CBC (collected 07:40)\nWBC: 3.1 K/uL (L)\nHemoglobin: 8.7 g/dL (L)\nPlatelets: 88 K/uL (L)\nNeutrophils: 52 %\nLymphocytes: 38 %\n",
    };

    [Theory]
    [MemberData(nameof(CompleteBloodCounts))]
    public void CbcReportIsACompleteBloodCount(string text)
    {
        Assert.Equal(DocumentType.CompleteBloodCount, TypeOf(text));
    }

    public static TheoryData<string> BasicMetabolicPanels => new()
    {
        "BASIC METABOLIC PANEL\nSodium          132   L   mmol/L   136-145\nPotassium       4.4       mmol/L   3.5-5.1\nChloride        99        mmol/L   98-107\n" +
        "Carbon Dioxide  23        mmol/L   22-29\nBUN             18        mg/dL    7-20\nCreatinine      1.1       mg/dL    0.6-1.3\nGlucose         141   H   mg/dL    70-99\nCalcium         9.3       mg/dL    8.5-10.5\n",
        "Chemistry\nNa 141 mEq/L\nK 3.2 mEq/L (L)\nCl 104 mEq/L\nHCO3 26 mEq/L\nBUN 11 mg/dL\nCr 0.8 mg/dL\nGlu 92 mg/dL\n",
    };

    [Theory]
    [MemberData(nameof(BasicMetabolicPanels))]
    public void BmpReportIsABasicMetabolicPanel(string text)
    {
        Assert.Equal(DocumentType.BasicMetabolicPanel, TypeOf(text));
    }

    public static TheoryData<string> ComprehensiveMetabolicPanels => new()
    {
        "COMPREHENSIVE METABOLIC PANEL\nSodium  138  mmol/L  135-145\nPotassium  4.0  mmol/L  3.5-5.1\nChloride  102  mmol/L  98-107\nCO2  25  mmol/L  22-29\n" +
        "BUN  14  mg/dL  7-20\nCreatinine  0.9  mg/dL  0.6-1.3\nGlucose  97  mg/dL  70-99\nCalcium  9.6  mg/dL  8.5-10.5\nAlbumin  4.2  g/dL  3.5-5.0\n" +
        "Total Protein  7.1  g/dL  6.0-8.3\nAlk Phos  88  U/L  44-147\nALT (SGPT)  72  U/L  7-56  H\nAST (SGOT)  64  U/L  10-40  H\nBilirubin, Total  0.7  mg/dL  0.1-1.2\n",
        "Na 136, K 4.8, Cl 100, CO2 27, BUN 22, Cr 1.4\nAST 35, ALT 41, Alk Phos 101, T.Bili 1.1, Albumin 3.9\n",
    };

    [Theory]
    [MemberData(nameof(ComprehensiveMetabolicPanels))]
    public void CmpReportIsAComprehensiveMetabolicPanel(string text)
    {
        Assert.Equal(DocumentType.ComprehensiveMetabolicPanel, TypeOf(text));
    }

    public static TheoryData<string> LipidPanels => new()
    {
        "LIPID PANEL (fasting)\nCholesterol, Total   228   H   mg/dL   100-199\nTriglycerides   145   mg/dL   0-149\nHDL Cholesterol   48   mg/dL   >39\nLDL Cholesterol Calc   151   H   mg/dL   0-99\n",
        "Total cholesterol: 5.9 mmol/L\nLDL-C: 3.8 mmol/L\nHDL-C: 1.2 mmol/L\nTriglycerides: 2.1 mmol/L\nNon-HDL: 4.7 mmol/L\n",
    };

    [Theory]
    [MemberData(nameof(LipidPanels))]
    public void LipidReportIsALipidPanel(string text)
    {
        Assert.Equal(DocumentType.LipidPanel, TypeOf(text));
    }

    public static TheoryData<string> ChestRadiographs => new()
    {
        "EXAMINATION: PA and lateral views of the chest\nINDICATION: Cough.\nFINDINGS: The lungs are clear. No pleural effusion.\nIMPRESSION: No acute cardiopulmonary abnormality.",
        "EXAMINATION: CHEST 2V FRONTAL/LATERAL\nIMPRESSION: Normal chest.",
        "EXAMINATION: Xray Chest PA and Lateral\nFINDINGS: Heart size normal.",
        "EXAMINATION: PA and lateral chest x-XXXX XXXX.\nIMPRESSION: No acute disease.",
        "EXAMINATION: Chest, 2 views, frontal and lateral\nCOMPARISON: CT chest 2010\nFINDINGS: Stable 6 mm nodule.\nIMPRESSION: Stable nodule.",
        "EXAMINATION: Two-view chest.\nFINDINGS: Lungs are clear.\nIMPRESSION: Indeterminate nodule; recommend CT for further evaluation.",
        "XR WRIST LEFT 3 VIEWS\nFINDINGS: Nondisplaced distal radius fracture.\nIMPRESSION: Distal radius fracture.",
        "EXAMINATION: XXXX.\nINDICATION: Shortness of breath\nFINDINGS: The cardiomediastinal silhouette is normal. The lungs are clear.\nIMPRESSION: Normal chest x-XXXX.",
        "PORTABLE AP CHEST\nCOMPARISON: CT chest from 2019.\nFINDINGS: Endotracheal tube in good position. Lungs clear.",
    };

    [Theory]
    [MemberData(nameof(ChestRadiographs))]
    public void RadiographIsAnXRay(string text)
    {
        Assert.Equal(DocumentType.XRay, TypeOf(text));
    }

    public static TheoryData<string> CtReports => new()
    {
        "EXAM: CT ABDOMEN AND PELVIS WITH IV CONTRAST\nCLINICAL HISTORY: Right lower quadrant pain.\nTECHNIQUE: Axial images from the lung bases through the pelvis.\n" +
        "COMPARISON: Abdominal radiograph dated 01/02/2023.\nFINDINGS: Dilated appendix with periappendiceal fat stranding.\nIMPRESSION: Acute uncomplicated appendicitis.",
        "CT CHEST WITHOUT CONTRAST\n\nINDICATION: Lung nodule follow-up.\nFINDINGS: 5 mm right upper lobe nodule, unchanged.\nIMPRESSION: Stable nodule.",
        "PROCEDURE: Computed tomography of the head without contrast.\nFINDINGS: No acute intracranial hemorrhage.",
    };

    [Theory]
    [MemberData(nameof(CtReports))]
    public void ComputedTomographyReportIsACt(string text)
    {
        Assert.Equal(DocumentType.Ct, TypeOf(text));
    }

    public static TheoryData<string> MriReports => new()
    {
        "MRI BRAIN WITHOUT AND WITH CONTRAST\nCOMPARISON: CT head 03/01/2024.\nTECHNIQUE: Sagittal T1, axial FLAIR and diffusion-weighted images.\nIMPRESSION: No acute infarct.",
        "EXAMINATION: MR lumbar spine without contrast\nFINDINGS: L4-L5 disc protrusion.",
        "Magnetic resonance imaging of the right knee\nFINDINGS: Complex tear of the medial meniscus.",
    };

    [Theory]
    [MemberData(nameof(MriReports))]
    public void MagneticResonanceReportIsAnMri(string text)
    {
        Assert.Equal(DocumentType.Mri, TypeOf(text));
    }

    public static TheoryData<string> UltrasoundReports => new()
    {
        "US ABDOMEN LIMITED (RUQ)\nINDICATION: Right upper quadrant pain.\nFINDINGS: Cholelithiasis without gallbladder wall thickening.\nIMPRESSION: Cholelithiasis.",
        "TRANSTHORACIC ECHOCARDIOGRAM REPORT\nLeft ventricular ejection fraction is estimated at 55-60%.\nNo pericardial effusion.",
        "EXAMINATION: Bilateral lower extremity venous Doppler\nIMPRESSION: No deep venous thrombosis.",
    };

    [Theory]
    [MemberData(nameof(UltrasoundReports))]
    public void SonographyReportIsAnUltrasound(string text)
    {
        Assert.Equal(DocumentType.Ultrasound, TypeOf(text));
    }

    public static TheoryData<string> DischargeSummaries => new()
    {
        "DISCHARGE SUMMARY\nAdmission Date: 03/01/2024   Discharge Date: 03/05/2024\nDISCHARGE DIAGNOSES:\n1. Community-acquired pneumonia\n2. Type 2 diabetes mellitus\n" +
        "HOSPITAL COURSE: Treated with ceftriaxone and azithromycin with improvement.\nDISCHARGE MEDICATIONS: Amoxicillin-clavulanate 875 mg twice daily.",
        "Date of admission: 02/10/2024\nDate of discharge: 02/14/2024\nHospital Course: The patient was admitted for CHF exacerbation and diuresed.\n" +
        "Labs on discharge: Na 134, K 4.0, Cr 1.3, BUN 30\nDischarge Medications: furosemide 40 mg daily.\nDisposition: Home.",
    };

    [Theory]
    [MemberData(nameof(DischargeSummaries))]
    public void DischargeSummaryIsRecognised(string text)
    {
        Assert.Equal(DocumentType.DischargeSummary, TypeOf(text));
    }

    public static TheoryData<string> PathologyReports => new()
    {
        "SURGICAL PATHOLOGY REPORT\nSPECIMEN: Colon, sigmoid, polypectomy\nGROSS DESCRIPTION: Received in formalin is a 0.6 cm tan polyp.\n" +
        "MICROSCOPIC DESCRIPTION: Sections show tubular adenoma.\nFINAL DIAGNOSIS: Tubular adenoma; negative for high-grade dysplasia.",
        "Specimen: Skin, left forearm, shave biopsy\nGross Description: A 0.4 cm shave of skin, submitted entirely in one cassette.\n" +
        "Microscopic Description: Basaloid nests with peripheral palisading.\nFinal Diagnosis: Basal cell carcinoma, margins involved.",
    };

    [Theory]
    [MemberData(nameof(PathologyReports))]
    public void PathologyReportIsRecognised(string text)
    {
        Assert.Equal(DocumentType.PathologyReport, TypeOf(text));
    }

    public static TheoryData<string> ClinicalNotes => new()
    {
        "S: 54-year-old man with 3 days of productive cough. Denies chest pain.\nO: T 38.1 °C, BP 132/84, HR 96. Crackles at the right base.\n" +
        "A: Community-acquired pneumonia. Chest x-ray shows right lower lobe infiltrate.\nP: Start amoxicillin. Follow up in 1 week.",
        "HISTORY AND PHYSICAL\nCHIEF COMPLAINT: Chest pain.\nHISTORY OF PRESENT ILLNESS: 67-year-old woman with exertional chest pressure.\n" +
        "PAST MEDICAL HISTORY: Hypertension, hyperlipidemia.\nPHYSICAL EXAM: Regular rate and rhythm.\nASSESSMENT AND PLAN: Unstable angina; admit to telemetry.",
        "Progress Note\nSubjective: Feels better today.\nObjective: Afebrile. Lungs clear.\nLabs: Na 138, K 4.1, Cl 101, CO2 24, BUN 15, Cr 0.9, Glu 110\n" +
        "Assessment: Resolving cellulitis.\nPlan: Continue cephalexin; follow up with PCP in 2 weeks.",
        "ED PROVIDER NOTE\nChief complaint: fall.\nHPI: Patient presents after a mechanical fall at home.\nAssessment/Plan: Wrist sprain, splint and follow-up with orthopedics.",
    };

    [Theory]
    [MemberData(nameof(ClinicalNotes))]
    public void ClinicianNoteIsAClinicalNote(string text)
    {
        Assert.Equal(DocumentType.ClinicalNote, TypeOf(text));
    }

    public static TheoryData<string> OtherDocuments => new()
    {
        "Dear Ms. Example,\nThis letter confirms your appointment on Tuesday at 10 am. Please arrive 15 minutes early and bring your insurance card.\nSincerely,\nScheduling Office",
        "\u0001\u0002\u0003\uFFFD\uFFFD\u0004\u0005\u0006\u0007\u0008\u000E\u000F\uFFFD PK\u0003\u0004",
        "THYROID FUNCTION\nTSH  2.31  mIU/L  0.40-4.50\nFree T4  1.2  ng/dL  0.8-1.8\n",
        "Invoice #1234\nAmount due: $250.00\nThank you for your payment.",
    };

    [Theory]
    [MemberData(nameof(OtherDocuments))]
    public void UnrecognisedDocumentIsOther(string text)
    {
        Assert.Equal(DocumentType.Other, TypeOf(text));
    }

    [Fact]
    public void ComparisonCtDoesNotMakeARadiographACt()
    {
        Assert.Equal(DocumentType.XRay, TypeOf("EXAMINATION: PA and lateral chest\nCOMPARISON: CT chest 2010\nIMPRESSION: No acute disease."));
    }

    [Fact]
    public void RecommendedCtDoesNotMakeARadiographACt()
    {
        Assert.Equal(DocumentType.XRay, TypeOf("FINDINGS: Lungs clear. 8 mm nodule in the right upper lobe.\nIMPRESSION: Nodule; recommend CT for further evaluation. Chest radiograph otherwise normal."));
    }

    [Fact]
    public void CmpWinsOverBmpWhenLiverAnalytesArePresent()
    {
        Assert.Equal(DocumentType.ComprehensiveMetabolicPanel, TypeOf("Sodium 140\nPotassium 4.2\nCreatinine 1.0\nGlucose 90\nALT 30\nAST 28\n"));
    }

    [Fact]
    public void LabReportIsLabelledByItsLargestPanel()
    {
        Assert.Equal(DocumentType.CompleteBloodCount, TypeOf("WBC 7.0\nHemoglobin 14.0\nHematocrit 42\nPlatelets 250\nMCV 90\nSodium 140\nPotassium 4.0\nCreatinine 0.9\n"));
    }

    [Fact]
    public void RationaleNamesThePanelAnalytes()
    {
        Assert.Equal("Found CBC analytes: WBC, Hemoglobin, Hematocrit.", Classify("WBC 7.0\nHemoglobin 14.0\nHematocrit 42\n").Rationale);
    }

    [Fact]
    public void RationaleNamesTheStudyLine()
    {
        Assert.Contains("'PA and lateral'", Classify("EXAMINATION: PA and lateral views of the chest\nIMPRESSION: Normal.").Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfidenceIsWithinZeroAndOne()
    {
        var confidence = Classify("EXAMINATION: PA and lateral views of the chest\nIMPRESSION: Normal.").Confidence;
        Assert.InRange(confidence, 0.0, 1.0);
    }

    [Fact]
    public void EmptyTextIsOtherWithZeroConfidence()
    {
        var classification = Classifier.Classify(TextModel.Read("   "), []);
        Assert.Equal((DocumentType.Other, 0.0), (classification.Type, classification.Confidence));
    }

    [Fact]
    public void ClassificationIsDeterministic()
    {
        const string text = "EXAMINATION: CT abdomen\nIMPRESSION: Normal.";
        Assert.Equal(Classify(text), Classify(text));
    }

    [Fact]
    public void StudyLineModalityNamedFirstWinsOverItsComparison()
    {
        Assert.Equal(DocumentType.Ct, TypeOf("EXAMINATION: CT chest with comparison to chest radiograph of 01/02/2024\nIMPRESSION: No pulmonary embolism."));
    }

    [Fact]
    public void ClinicalNoteWithFullLabPanelStaysAClinicalNote()
    {
        const string text = "HISTORY OF PRESENT ILLNESS: 70-year-old man with fatigue.\nPAST MEDICAL HISTORY: CKD.\nPHYSICAL EXAM: Pale.\n" +
                            "Labs: WBC 6.1, Hgb 8.9, Hct 27, Plt 210\nASSESSMENT AND PLAN: Anemia of chronic kidney disease; start iron.";
        Assert.Equal(DocumentType.ClinicalNote, TypeOf(text));
    }

    [Fact]
    public void LabReportWithHeaderLinesIsStillALabReport()
    {
        const string text = "Patient: Test Patient\nOrdering provider: Dr. Example\nCollected: 03/15/2024\nWBC 7.0 K/uL\nHemoglobin 14.0 g/dL\nHematocrit 42 %\nPlatelets 250 K/uL\n";
        Assert.Equal(DocumentType.CompleteBloodCount, TypeOf(text));
    }

    [Fact]
    public void IndicationModalityIsNotTheStudy()
    {
        Assert.Equal(DocumentType.XRay, TypeOf("EXAMINATION: XXXX.\nINDICATION: abnormal CT, follow-up nodule\nFINDINGS: The lungs are clear.\nIMPRESSION: No acute disease."));
    }

    [Fact]
    public void PipeTableOfCbcAnalytesIsACompleteBloodCount()
    {
        const string text = "CBC\n| Analyte | Value | Flag | Units | Ref. interval |\n|---|---|---|---|---|\n" +
            "| WBC | 3.1 | L | x10^3/uL | 4.0-11.0 |\n| Hemoglobin | 10.9 | L | g/dL | 13.5-17.5 |\n| Platelets | 98 | L | x10^3/uL | 150-400 |\n";
        Assert.Equal(DocumentType.CompleteBloodCount, TypeOf(text));
    }

    [Fact]
    public void DottedLeaderBasicPanelIsABasicMetabolicPanel()
    {
        const string text = "BMP\nSodium.......... 131 mmol/L  (136-145)  L\nPotassium....... 4.2 mmol/L  (3.5-5.1)\nCreatinine...... 0.9 mg/dL  (0.6-1.3)\n";
        Assert.Equal(DocumentType.BasicMetabolicPanel, TypeOf(text));
    }

    [Fact]
    public void BreastBiopsyWithMicroscopicHeaderIsPathologyNotUltrasound()
    {
        const string text = "BREAST CORE BIOPSY\nSPECIMEN: Right breast, ultrasound-guided core biopsy.\nMICROSCOPIC: Benign ducts and stroma.\nDIAGNOSIS: Fibrocystic change.";
        Assert.Equal(DocumentType.PathologyReport, TypeOf(text));
    }

    [Fact]
    public void BareSubspecialtyPathologyTitleIsAPathologyReport()
    {
        Assert.Equal(DocumentType.PathologyReport, TypeOf("GYNECOLOGIC PATHOLOGY\nSpecimen: Cervix, biopsy.\nDiagnosis: Benign squamous mucosa."));
    }

    [Fact]
    public void CytologyTitleIsAPathologyReport()
    {
        Assert.Equal(DocumentType.PathologyReport, TypeOf("CYTOLOGY - FINE NEEDLE ASPIRATION\nSpecimen: Lymph node, left neck.\nInterpretation: Reactive lymphoid cells."));
    }

    [Fact]
    public void ClinicalPathologyLabHeaderDoesNotMakeACbcAPathologyReport()
    {
        const string text = "Department of Clinical Pathology and Laboratory Medicine\nWBC: 6.2 K/uL (4.0-11.0)\nHemoglobin: 13.9 g/dL (12.0-16.0)\nPlatelets: 233 K/uL (150-400)\n";
        Assert.Equal(DocumentType.CompleteBloodCount, TypeOf(text));
    }

    [Fact]
    public void LetterRequestingAnMriIsOther()
    {
        const string text = "PRIOR AUTHORIZATION REQUEST\nTo: Example Health Plan\nRequested service: MRI of the right knee without contrast.\nPlease reply by fax.";
        Assert.Equal(DocumentType.Other, TypeOf(text));
    }

    [Fact]
    public void SentenceRequestingAuthorisationForCtIsNotACtReport()
    {
        Assert.Equal(DocumentType.Other, TypeOf("Dear reviewer,\nWe request authorization for a CT of the abdomen for this member.\nSincerely,\nOffice staff"));
    }
}
