using MedDoc.Engine.Assertions;
using MedDoc.Engine.Coding;
using MedDoc.Engine.Sections;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Tests.Coding;

public sealed class NeoplasmCoderTests
{
    private static readonly NeoplasmCoder Coder = new(IcdTerminology.Embedded, new AssertionDetector(), SectionRuleSet.Embedded);
    private static IReadOnlyList<NeoplasmMention> Code(string text) => Coder.Code(TextModel.Read(text));

    private static string[] Codes(string text) => Code(text).Select(mention => mention.Code).Distinct().ToArray();

    [Theory]
    [InlineData("Right knee pain and breast cancer.", "C50.919")]
    [InlineData("Right kidney pain, hypertension and breast cancer.", "C50.919")]
    [InlineData("Breast cancer and left hip fracture.", "C50.919")]
    [InlineData("Left breast, mastectomy: invasive ductal carcinoma.", "C50.912")]
    [InlineData("Carcinoma of the right breast.", "C50.911")]
    public void SideOfAnotherSiteOfTheSentenceIsNotTheNeoplasmsSide(string text, string code)
    {
        Assert.Contains(code, Codes(text));
    }

    [Theory]
    [InlineData("Surgery found three metastatic axillary lymph nodes.", "C77.3")]
    [InlineData("CT showed metastatic liver disease.", "C78.7")]
    [InlineData("Metastatic lung cancer.", "C34.90")]
    public void AMetastasisAdjectiveBeforeASiteNamesItsSecondaryUnlessAMorphologyFollows(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Fact]
    public void NoMetastaticLymphNodesGivesNoCode()
    {
        Assert.Empty(Codes("No metastatic lymph nodes were found."));
    }

    [Fact]
    public void SpecimenHeadingGivesTheSiteAndItsSide()
    {
        const string text = "A. Kidney, left, radical nephrectomy:\nClear cell renal cell carcinoma, Fuhrman grade 2.";

        var mention = Assert.Single(Code(text));

        Assert.Equal("C64.2", mention.Code);
        Assert.Equal(["Kidney", "renal cell carcinoma"], mention.Evidence.Select(span => span.Text));
        Assert.All(mention.Evidence, span => Assert.True(span.IsExactIn(text)));
    }

    [Theory]
    [InlineData("CT showed liver, retroperitoneal and mediastinal metastases.", new[] { "C78.1", "C78.6", "C78.7" })]
    [InlineData("There were metastases in the liver and the lungs.", new[] { "C78.00", "C78.7" })]
    [InlineData("Metastatic adenocarcinoma in liver and bone.", new[] { "C78.7", "C79.51" })]
    [InlineData("There were mediastinal metastases.", new[] { "C78.1" })]
    public void EverySiteCoordinatedWithAMetastasisLocationHoldsAMetastasis(string text, string[] codes)
    {
        Assert.Equal(codes, Codes(text).Order());
    }

    [Fact]
    public void SiteCoordinatedWithAPrimaryTumourIsNoMetastasis()
    {
        Assert.DoesNotContain("C78.00", Codes("Adenocarcinoma of the colon and lung nodules; liver metastases."));
    }

    [Theory]
    [InlineData("FINAL DIAGNOSIS: Adenocarcinoma of the prostate, Gleason 3+4=7.", "C61")]
    [InlineData("Lung, right upper lobe, lobectomy:\nSquamous cell carcinoma, moderately differentiated.", "C34.11")]
    [InlineData("Bladder; transitional cell carcinoma G3 pT2.", "C67.9")]
    [InlineData("Uterus, endometrium: endometrioid adenocarcinoma, FIGO grade 1.", "C54.1")]
    [InlineData("DIAGNOSIS: Glioblastoma, WHO grade IV.", "C71.9")]
    [InlineData("Liver, segment 6, resection:\nHepatocellular carcinoma, moderately differentiated.", "C22.0")]
    [InlineData("Colon, sigmoid, resection: tubular adenoma.", "D12.5")]
    [InlineData("Cervix, biopsy: squamous cell carcinoma in situ.", "D06.9")]
    [InlineData("Pathology reported a classic seminoma.", "C62.90")]
    [InlineData("Diagnosis: nephroblastoma (Wilms tumor), stage II.", "C64.9")]
    [InlineData("The findings were compatible with a cystic lymphangioma of the mesentery.", "D18.1")]
    [InlineData("Biopsy result: mandibular ameloblastoma.", "D16.5")]
    [InlineData("He was diagnosed with a left testicular seminoma.", "C62.92")]
    [InlineData("Diagnosis: moderately differentiated intrahepatic cholangiocarcinoma.", "C22.1")]
    [InlineData("Diagnosis: cholangiocarcinoma of the liver.", "C22.1")]
    public void MorphologyAndSiteChooseTheTableCode(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    // The Index places an odontogenic tumour and an odontoma in the lower jaw unless the upper jaw is named.
    [Theory]
    [InlineData("Biopsy revealed a calcifying epithelial odontogenic tumor.", "D16.5")]
    [InlineData("The histology was that of a complex odontoma.", "D16.5")]
    [InlineData("Biopsy revealed an ameloblastoma.", "D16.5")]
    [InlineData("Excision of a compound odontoma of the maxilla.", "D16.4")]
    public void OdontogenicTumourWithNoJawNamedIsOfTheLowerJaw(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Theory]
    [InlineData("The differential diagnosis included an odontoma.")]
    [InlineData("No odontogenic tumor was found.")]
    [InlineData("The lesion was an odontogenic cyst.")]
    public void OdontogenicTumourConsideredNegatedOrACystGivesNoCode(string text)
    {
        Assert.Empty(Codes(text));
    }

    [Theory]
    [InlineData("Cystoscopy showed a 2 cm bladder tumor.", "D49.4")]
    [InlineData("CT revealed a tumor of the left kidney.", "D49.512")]
    [InlineData("Ultrasound showed a solid testicular tumor.", "D49.59")]
    [InlineData("Gastroscopy revealed a gastric neoplasm.", "D49.0")]
    [InlineData("Ultrasound showed a tumor of the right testicle.", "D49.59")]
    [InlineData("Ultrasound showed an intrahepatic cystic tumor.", "D49.0")]
    [InlineData("Cholangiography showed a tumor of the cystic duct.", "D49.0")]
    [InlineData("He consulted for a painful tumor of 5 x 3 cm in the tongue.", "D49.0")]
    [InlineData("CT showed a tumor measuring 4 cm in diameter in the left kidney.", "D49.512")]
    [InlineData("He consulted for a penile tumor.", "D49.59")]
    public void TumorWithNoBehaviourIsTheUnspecifiedBehaviourCodeOfItsSite(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Theory]
    [InlineData("No bladder tumor was seen.")]
    [InlineData("Ultrasound showed a cystic tumor.")]
    [InlineData("Metastatic tumor in 3 of 12 lymph nodes.")]
    [InlineData("Tumor was present in 3 of 12 lymph nodes.")]
    [InlineData("Biopsy showed prostatic intraepithelial neoplasia.")]
    [InlineData("The tumor measured 3 cm.")]
    [InlineData("CT showed a tumor of approximately 12 cm in diameter outside the left kidney.")]
    [InlineData("(A) BLADDER TUMOR:")]
    public void TumorNegatedInALymphNodeAsDysplasiaWithNoSiteOrInAHeadingGivesNoUnspecifiedBehaviourCode(string text)
    {
        Assert.DoesNotContain(Codes(text), code => code.StartsWith("D49", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ultrasound showed bilateral hydronephrosis due to bladder neoplasia.", "D49.4")]
    [InlineData("He had hematuria secondary to a bladder tumor.", "D49.4")]
    public void ATumorStatedAsTheCauseOfAFindingIsCodedAtItsSite(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Theory]
    [InlineData("The tumor extended to the bladder.")]
    [InlineData("Metastatic tumor to the bladder.")]
    public void ATumorSpreadingToASiteIsNoTumorOfThatSite(string text)
    {
        Assert.DoesNotContain(Codes(text), code => code.StartsWith("D49", StringComparison.Ordinal));
    }

    [Fact]
    public void LymphNodeMetastasisIsCodedAsSecondaryOfItsRegion()
    {
        Assert.Equal(["C77.3"], Codes("Lymph nodes, left axillary, dissection:\nMetastatic carcinoma in 2 of 12 lymph nodes."));
    }

    [Fact]
    public void SiteTheTumourSpreadsIntoIsNotItsOrigin()
    {
        Assert.Equal(["C67.9"], Codes("(A) BLADDER TUMOR:\nUROTHELIAL CARCINOMA, HIGH GRADE.\nUROTHELIAL CARCINOMA INVOLVING PROSTATIC DUCTS."));
    }

    [Fact]
    public void OtherSpecimensOfOneResectionAreSecondarySites()
    {
        const string text = "DIAGNOSIS:\nA. Ovary, right, oophorectomy:\nSerous carcinoma, high grade.\nB. Ovary, left:\nSerous carcinoma.\nC. Omentum:\nCarcinoma.";

        Assert.Equal(["C56.1", "C56.2", "C78.6"], Codes(text));
    }

    [Fact]
    public void OcrSplitMorphologyIsReadWithVerbatimEvidence()
    {
        const string text = "BLADDER, TRANSURETHRAL RESECTION:\nUrothelial carci noma, high grade.";

        var mention = Assert.Single(Code(text));

        Assert.Equal("C67.9", mention.Code);
        Assert.Equal("Urothelial carci noma", mention.Morphology.Text);
    }

    [Theory]
    [InlineData("Lymph nodes, regional:\nNegative for carcinoma (0/14).")]
    [InlineData("DIAGNOSIS: Prostate, biopsy: no evidence of malignancy.")]
    [InlineData("FAMILY HISTORY: Mother with breast cancer.")]
    [InlineData("INDICATION: Breast cancer, restaging.")]
    [InlineData("IMPRESSION: Suspicious for lung carcinoma.")]
    [InlineData("Mesenteric margin uninvolved by invasive carcinoma.")]
    [InlineData("PLAN:\nColon cancer screening is up to date.")]
    public void MentionThatIsNotAPresentTumourIsNotCoded(string text)
    {
        Assert.Empty(Code(text));
    }

    [Fact]
    public void EngineLetsTheTablePlaceACuratedMorphology()
    {
        var engine = new ClinicalEngine();

        var codes = engine.Analyze("DIAGNOSIS:\nA. Ovary, right:\nTransitional cell carcinoma, high grade.").Codes.Select(code => code.Code);

        Assert.Equal(["C56.1"], codes);
    }

    [Fact]
    public void SecondPrimaryStatedAsItsOwnDiagnosisIsCoded()
    {
        const string text = "Tumor site: urinary bladder.\nBladder, cystoprostatectomy:\nInvasive urothelial carcinoma, high grade.\n"
                            + "PROSTATE:\n- Prostatic adenocarcinoma, Gleason score 3+3=6.";

        Assert.Equal(["C67.9", "C61"], Codes(text));
    }

    [Fact]
    public void OtherPrimaryMentionedInPassingIsNotCoded()
    {
        const string text = "Tumor site: left kidney.\nA. Kidney, left, nephrectomy:\nClear cell renal cell carcinoma.\n"
                            + "Staged with the CAP protocol for carcinoma of the prostate.";

        Assert.Equal(["C64.2"], Codes(text));
    }

    [Fact]
    public void EngineCodesNoOtherPrimaryThePreoperativeDiagnosisAloneNames()
    {
        var engine = new ClinicalEngine();
        const string text = "PRE-OPERATIVE DIAGNOSIS:\nBladder cancer, prostate cancer\nFINAL DIAGNOSIS:\n"
                            + "A. Bladder, cystectomy:\n- Urothelial carcinoma, high grade, invading the muscularis propria.";

        var codes = engine.Analyze(text).Codes.Select(code => code.Code).ToArray();

        Assert.Contains("C67.9", codes);
        Assert.DoesNotContain("C61", codes);
    }

    [Fact]
    public void FirstOrganOfAMultiOrganSpecimenIsTheOriginUnlessTheTumourIsPlacedLater()
    {
        Assert.Equal(["C67.9"], Codes("D. Urinary bladder and prostate, cystoprostatectomy: invasive urothelial carcinoma."));
        Assert.Equal(["C25.0"], Codes(
            "D. Duodenum, jejunum, gallbladder and pancreas, Whipple resection: ductal adenocarcinoma forming a mass located in the pancreatic head."));
    }

    [Theory]
    [InlineData("Lung, right upper lobe:\nAdenocarcinoma.\n3: Pleural invasion identified.\nThe carcinoma extends through the pleura.", "C34.11")]
    [InlineData("Pancreas, pylorus-sparing Whipple resection:\nDuctal adenocarcinoma.", "C25.9")]
    public void StructureTheTumourInvadesOrTheOperationSparesIsNoSite(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Fact]
    public void SiteOfTheTumourAMetastasisComesFromIsItsPrimaryNotItsLocation()
    {
        Assert.Equal(["C61", "C78.39"], Codes("Metastasis of prostatic adenocarcinoma in the right maxillary sinus was diagnosed.").Order());
    }

    [Theory]
    [InlineData("She started chemotherapy for spinal metastases detected by CT.", new[] { "C79.51" })]
    [InlineData("CT showed vertebral metastases.", new[] { "C79.51" })]
    [InlineData("She had adrenal metastases.", new[] { "C79.70" })]
    [InlineData("A colonic neoplasia with liver, retroperitoneal and mediastinal metastases.", new[] { "C78.1", "C78.6", "C78.7" })]
    public void SitesThatNameAMetastasisAreWhereItLies(string text, string[] expected)
    {
        Assert.Equal(expected, Codes(text).Where(code => code.StartsWith("C7", StringComparison.Ordinal)).Order());
    }

    [Fact]
    public void SiteBeforeAMetastaticCarcinomaIsStillItsPrimary()
    {
        Assert.Contains("C61", Codes("Biopsy showed metastatic prostatic adenocarcinoma in the liver."));
    }

    [Fact]
    public void SiteOfAMetastasisThatOpensNoOtherTumourIsStillItsLocation()
    {
        Assert.Equal(["C78.7"], Codes("Metastasis of an adenocarcinoma in the liver was diagnosed."));
    }

    [Fact]
    public void MetastaticWordEarlierInTheNounPhraseMakesItSecondary()
    {
        Assert.Equal(["C78.6"], Codes("Omentum, omentectomy:\nMetastatic high-grade papillary serous carcinoma."));
    }

    [Fact]
    public void ImmunostainNamedAfterATumourIsNoTumour()
    {
        Assert.Empty(Code("Stains: MELANOMA-E (HMB-45) negative. RCC-Negative."));
    }

    [Fact]
    public void ChoicesOfAFormAreNoDiagnosis()
    {
        const string text = "Type of malignant neoplasm:\n3.\nRenal cell carcinoma, chromophobe cell type\n4.\nRenal cell carcinoma, oncocytic\n"
                            + "6.\nCollecting duct carcinoma\n7.\nUrothelial carcinoma, non-invasive\n8.\nUrothelial carcinoma, invasive";

        Assert.Empty(Code(text));
    }

    [Fact]
    public void LetteredDiagnosisWithSentencesAboutItsCarcinomaIsNoListOfChoices()
    {
        const string text = "FINAL DIAGNOSIS:\nPART 2: BLADDER AND PROSTATE -\nFOR THE BLADDER:\nA. INVASIVE HIGH GRADE UROTHELIAL CARCINOMA.\n"
                            + "B. THE CARCINOMA MEASURES 2.9 CM IN GREATEST DIMENSION.\nC. UROTHELIAL CARCINOMA IN SITU.\n"
                            + "D. THE CARCINOMA INVADES THE MUSCULARIS PROPRIA.\nE. MARGINS ARE FREE.";

        Assert.Contains("C67.9", Codes(text));
    }

    [Fact]
    public void CarcinomaOnAnOrgansSerosaIsSpreadNotItsPrimary()
    {
        const string text = "A. Right ovary, oophorectomy:\nHigh-grade serous carcinoma.\nB. Uterus, serosa, hysterectomy:\nHigh-grade serous carcinoma.";

        var codes = Codes(text);

        Assert.Contains("C56.1", codes);
        Assert.Contains("C79.82", codes);
        Assert.DoesNotContain(codes, code => code.StartsWith("C55", StringComparison.Ordinal));
    }

    [Fact]
    public void CarcinomaOfTheEndometriumReachingTheSerosaStaysAnEndometrialPrimary()
    {
        Assert.Equal(["C54.1"], Codes("Uterus, hysterectomy:\nSerous carcinoma of the endometrium invading the myometrium and serosa."));
    }

    [Theory]
    [InlineData("DIAGNOSIS: Bladder CA, muscle invasive.", "C67.9")]
    [InlineData("Right kidney, nephrectomy: renal ca.", "C64.1")]
    public void CaRightAfterASiteIsACarcinomaThere(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Theory]
    [InlineData("DIAGNOSIS: The slides were scanned (Instruments Inc, Dublin, CA) and the ovary is unremarkable.")]
    [InlineData("DIAGNOSIS: Ovarian CA 125 was raised; the ovary shows a corpus luteum.")]
    [InlineData("DIAGNOSIS: Ovary with a corpus luteum. Ovarian CA-125: positive.")]
    [InlineData("DIAGNOSIS: Ca 9.1 mg/dL, kidney function normal.")]
    public void CaWithoutASiteJustBeforeItOrBeforeANumberIsNoCarcinoma(string text)
    {
        Assert.Empty(Code(text));
    }

    [Fact]
    public void CarcinomaOnlyReachingASiteIsTheSpreadOfTheCancerTheClinicalHistoryNames()
    {
        const string text = "CLINICAL HISTORY: Prostate ca.\nFINAL DIAGNOSIS:\nLeft seminal vesicle involved by carcinoma.\nSurgical margins are negative for carcinoma.";

        var codes = Codes(text);

        Assert.Contains("C79.82", codes);
        Assert.DoesNotContain(codes, code => code.StartsWith("C63", StringComparison.Ordinal));
    }

    [Fact]
    public void CarcinomaInvolvingTheOrganTheClinicalHistoryNamesStaysItsPrimary()
    {
        const string text = "CLINICAL HISTORY: Prostate ca.\nFINAL DIAGNOSIS:\nProstate, radical prostatectomy:\nInvolvement by adenocarcinoma, Gleason score 3+4=7.";

        Assert.Equal(["C61"], Codes(text));
    }

    [Fact]
    public void LetteredChoicesOfAFormAreStillNoDiagnosis()
    {
        const string text = "Histologic type:\nA. Urothelial carcinoma\nB. Squamous cell carcinoma\nC. Adenocarcinoma\nD. Small cell carcinoma\nE. Other";

        Assert.Empty(Code(text));
    }

    [Fact]
    public void LabelledSpecimenHeadingWithoutAKnownSiteEndsTheHeadingAbove()
    {
        const string text = "(C) LEFT HYPOGLOSSAL NERVE:\nNerve, no tumor present.\n(D) TOTAL GLOSSECTOMY:\nInvasive squamous carcinoma.";

        Assert.DoesNotContain(Codes(text), code => code.StartsWith("C72", StringComparison.Ordinal));
    }

    [Fact]
    public void EngineDropsACuratedPrimaryTheReportOnlyMentionsInPassing()
    {
        var engine = new ClinicalEngine();

        var codes = engine.Analyze("A. Kidney, right, nephrectomy:\nRenal cell carcinoma, clear cell type.\n(Clinical history: breast cancer, COPD)")
            .Codes.Select(code => code.Code).ToArray();

        Assert.DoesNotContain(codes, code => code.StartsWith("C50", StringComparison.Ordinal));
        Assert.Contains(codes, code => code.StartsWith("C64", StringComparison.Ordinal));
    }

    [Fact]
    public void ClinicalHistoryTellsThePrimaryWhenTheDiagnosesPlaceTumoursAtSeveralSites()
    {
        const string diagnoses = "DIAGNOSIS:\nA. Ovary, right, oophorectomy:\nSerous carcinoma, high grade.\nB. Uterus, hysterectomy:\nSerous carcinoma.\n";

        Assert.Equal(["C56.1", "C79.82"], Codes(diagnoses + "CLINICAL HISTORY:\nOvarian cancer."));
        Assert.DoesNotContain("C56.1", Codes(diagnoses));
    }

    [Theory]
    [InlineData("7. LUNG, LEFT UPPER LOBE (LOBECTOMY): INFILTRATING MODERATELY\nDIFFERENTIATED SQUAMOUS CELL CARCINOMA (4.8 CM).", "C34.12")]
    [InlineData("DIAGNOSIS:\nOVARY, RIGHT, SALPINGO-OOPHORECTOMY\n-PAPILLARY SEROUS ADENOCARCINOMA", "C56.1")]
    [InlineData("FINAL DIAGNOSIS:\nTONSIL, RIGHT, BIOPSY\nFRAGMENT OF SQUAMOUS CELL CARCINOMA, NON-KERATINIZING.", "C09.9")]
    public void HeadingWrappedOntoTheLineAbovePlacesTheMorphology(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Theory]
    [InlineData("Tumor marker studies: cecum, terminal ileum\nAdenocarcinoma.")]
    [InlineData("Location of tumor: anterior endometrium extending into endocervix\nHistologic type: adenocarcinoma")]
    public void FieldLinesAreNoWrappedHeading(string text)
    {
        Assert.Empty(Codes(text));
    }

    [Fact]
    public void TumourSiteLinePlacesTheHistologicTypeOfASynopticReport()
    {
        Assert.Equal(["C18.5"], Codes("Tumor Site: Splenic flexure\nHistology: Adenocarcinoma"));
    }

    [Theory]
    [InlineData("Site of Primary (Histology) Bladder - dome\nHistology Papillary adenocarcinoma", "C67.1")]
    [InlineData("Diagnosis Squamous cell carcinoma\nSite of Tissue/Primary (Histology) Right upper lobe", "C34.11")]
    public void FormFieldWithoutAColonGivesTheTumourSite(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Fact]
    public void SiteWordInTheRunningTextOfAFieldIsNoTumourSite()
    {
        Assert.Empty(Codes("Site of biopsy was the bladder.\nHistology Papillary adenocarcinoma\nGross: a core of prostate and a core of rectum."));
    }

    [Fact]
    public void SpecimenListedUnderMaterialPlacesTheDiagnosisBelow()
    {
        const string text = "Material:\nLung, left, upper lobe: 21 x 16 x 4 cm\nTumor: 3.5 x 3.0 cm\n\nDiagnosis:\nSquamous cell carcinoma, G3\n";

        Assert.Equal(["C34.12"], Codes(text));
    }

    [Fact]
    public void LabelledFindingTakesTheSpecimenOfItsLabelFromTheSpecimenList()
    {
        const string text = "SPECIMEN\nA. Right side lymph node\nB. Urinary bladder\nMICROSCOPY\nA. One lymph node with reactive changes.\n"
                            + "B. The tumour identified is poorly differentiated grade 3 urothelial carcinoma.";

        Assert.Equal(["C67.9"], Codes(text));
    }

    [Fact]
    public void UnlabelledFindingBelowTheSpecimenListStillTakesItsFirstSpecimen()
    {
        const string text = "SPECIMEN\nA. Urinary bladder\nB. Right side lymph node\nMICROSCOPY\nThe tumour identified is poorly differentiated grade 3 urothelial carcinoma.";

        Assert.Equal(["C67.9"], Codes(text));
    }

    [Fact]
    public void LabelledCommentTakesTheDiagnosisHeadingOfItsLabel()
    {
        const string text = "CLINICAL HISTORY:\nColon adenocarcinoma.\nDIAGNOSIS:\nA. Mesenteric node, biopsy:\nReactive lymph node, negative for malignancy.\n"
                            + "B. Right lobe liver, wedge resection:\nModerately differentiated cholangiocarcinoma.\n"
                            + "COMMENT:\nB. The adenocarcinoma cells are positive for CK7 and negative for CDX2.";

        Assert.All(Codes(text), code => Assert.StartsWith("C22", code, StringComparison.Ordinal));
        Assert.NotEmpty(Codes(text));
    }

    [Fact]
    public void UnlabelledCommentTakesNoHeadingOfTheDiagnoses()
    {
        const string text = "DIAGNOSIS:\nA. Colon, segmental resection:\nBenign colonic mucosa.\nB. Right lobe liver, wedge resection:\n"
                            + "Benign liver parenchyma.\nCOMMENT:\nThe adenocarcinoma cells are positive for CK7.";

        Assert.Empty(Codes(text));
    }

    [Fact]
    public void PathologistsCommentIsCodedAndTheSpecimenListIsNot()
    {
        const string specimen = "SPECIMEN:\nA. Right kidney, nephrectomy, rule out renal cell carcinoma\n";

        Assert.Equal(["C64.1"], Codes(specimen + "COMMENT:\nSections show a clear cell renal cell carcinoma of the right kidney.\n"));
        Assert.Empty(Codes(specimen));
    }

    [Fact]
    public void MicroscopyHeaderStartsACodedSection()
    {
        const string text = "CLINICAL HISTORY:\nMass.\nMICROSCOPY\n1: Sections show a squamous cell carcinoma of the right lower lobe of the lung.";

        Assert.Equal(["C34.31"], Codes(text));
    }

    [Theory]
    [InlineData("UTERUS, RADICAL HYSTERECTOMY:\n- INVASIVE SQUAMOUS CELL CARCINOMA, MODERATELY DIFFERENTIATED", "C53.9")]
    [InlineData("Uterine squamous cell carcinoma, keratinizing.", "C53.9")]
    public void SquamousCellCarcinomaOfTheUterusIsOfTheCervix(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Theory]
    [InlineData("UTERUS, HYSTERECTOMY:\n- SEROUS CARCINOMA, HIGH GRADE", "C55")]
    [InlineData("Lung, right upper lobe, lobectomy:\nSquamous cell carcinoma, moderately differentiated.", "C34.11")]
    public void OtherMorphologiesOfTheUterusAndSquamousCarcinomaElsewhereKeepTheirSite(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Fact]
    public void OperationLabellingTheDiagnosisNamesItsOrganOverTheHeadingAbove()
    {
        const string text = "DIAGNOSIS:\nPossible lobe of thyroid:\n-Thyroid tissue, negative for malignancy.\n"
                            + "Left partial maxillectomy and left cheek: -Squamous cell carcinoma, moderately differentiated.";

        Assert.Equal(["C03.0"], Codes(text));
    }

    [Fact]
    public void FieldLabelOfTheDiagnosisLeavesTheHeadingAboveInPlace()
    {
        Assert.Equal(["C34.11"], Codes("DIAGNOSIS:\nLung, right upper lobe, lobectomy:\nHistologic type: adenocarcinoma, acinar."));
    }

    [Theory]
    [InlineData("DIAGNOSIS:\n(B) RESECTION ANTERIOR MANDIBLE AND FLOOR OF MOUTH:\nINVASIVE SQUAMOUS CELL CARCINOMA, POORLY DIFFERENTIATED.", "C04.9")]
    [InlineData("DIAGNOSIS:\n(A) COMPOSITE RESECTION LEFT MANDIBLE, BUCCAL:\nINVASIVE SQUAMOUS CARCINOMA -- Well differentiated", "C06.9")]
    public void BoneRemovedWithTheMucosaLeavesTheMucosaAsTheHeadingsSite(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Fact]
    public void CancerCaseSummaryTitleIsNoDiagnosis()
    {
        Assert.Empty(Codes("URINARY BLADDER PERITONEUM (BIOPSY):\nCAP APPROVED SURGICAL PATHOLOGY CANCER CASE SUMMARY: ENDOMETRIUM"));
    }

    [Fact]
    public void VerbOfLocationPlacesTheTumourFurtherOnInItsSentence()
    {
        const string text = "Whipple resection: Invasive ductal adenocarcinoma is identified forming a solid mass (4.3 x 3.5 cm) located in the pancreatic head.";

        Assert.Equal(["C25.0"], Codes(text));
    }

    [Theory]
    [InlineData("Invasive ductal adenocarcinoma is identified forming a solid mass (4.3 x 3.5 cm) with spread to the duodenum.")]
    [InlineData("Treated cancer, and two small cysts located in the upper lip.")]
    public void SiteFurtherOnWithoutAVerbOfLocationInTheSameClauseIsNoOrigin(string text)
    {
        Assert.Empty(Codes(text));
    }

    [Theory]
    [InlineData("PANCREAS TISSUE CHECKLIST\nSpecimen type: Whipple resection\nTumor site: Head\nHistologic type: Adenocarcinoma, ductal type", "C25.0")]
    [InlineData("Procedure: Pancreaticoduodenectomy\nTumor location: Head\nHistologic type: Ductal adenocarcinoma", "C25.0")]
    public void SiteLineNamingAPartNamesItOfTheOrganTheFormIsAbout(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Fact]
    public void SiteLineNamingAPartWithNoOrganAboveNamesNoSite()
    {
        Assert.Empty(Codes("Tumor site: Head\nHistologic type: Adenocarcinoma, ductal type"));
    }

    [Theory]
    [InlineData("DIAGNOSIS:\n1.\nProstate and seminal vesicles, radical prostatectomy:\nAdenocarcinoma, Gleason score 3+4=7.", "C61")]
    [InlineData("DIAGNOSIS:\n1) KIDNEY, LEFT, ADRENAL GLAND AND PERINEPHRIC ADIPOSE TISSUE; RADICAL NEPHRECTOMY:\nCARCINOMA, CONVENTIONAL TYPE.", "C64.2")]
    public void HeadingListingOrgansNamesTheOneItsOperationIsNamedForFirst(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Theory]
    [InlineData("DIAGNOSIS:\nBladder, prostate, seminal vesicles; radical prostatectomy:\nCarcinoma, high grade.")]
    [InlineData("DIAGNOSIS:\nUterus, cervix, tubes and ovaries, radical hysterectomy:\nCarcinoma, high grade.")]
    public void HeadingLedByAnotherOrganOrListingAPartOfTheOperatedOneNamesNoSite(string text)
    {
        Assert.Empty(Codes(text));
    }

    [Fact]
    public void SiteLabelOnALineOfItsOwnTakesTheSiteBelow()
    {
        const string text = "Histologic diagnosis\nHigh grade muscle invasive urothelial cell carcinoma.\nAnatomic site and laterality\nBladder NOS\nTumor size\n4 cm";

        Assert.Equal(["C67.9"], Codes(text));
    }

    [Theory]
    [InlineData("Histologic diagnosis\nHigh grade urothelial carcinoma.\nAnatomic site and laterality\nRight dorsolateral bladder wall", "C67.9")]
    [InlineData("Histologic type: Endometrioid adenocarcinoma.\nTUMOR SITE\nAnterior and posterior uterine walls, fundic area", "C55")]
    public void SiteLabelOnALineOfItsOwnTakesTheModifiedSiteBelow(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Fact]
    public void SiteLabelFollowedBySitesOfSeveralCategoriesIsNoSiteLine()
    {
        const string text = "Histologic diagnosis\nHigh grade carcinoma.\nTumor site\nRight ovary and uterus";

        Assert.Empty(Codes(text));
    }

    [Fact]
    public void SiteLabelFollowedByProseIsNoSiteLine()
    {
        const string text = "Histologic diagnosis\nHigh grade carcinoma.\nAnatomic site and laterality\nThe bladder was not received.\nGross: a segment of ureter.";

        Assert.Empty(Codes(text));
    }

    [Fact]
    public void MalignancyPlacedNowhereIsAtTheSiteTheClinicalHistoryNames()
    {
        const string diagnosis = "Diagnosis:\n7. Squamous cell carcinoma, moderately differentiated.\n";

        Assert.Equal(["C02.9"], Codes(diagnosis + "Clinical History:\ncarcinoma of the tongue"));
        Assert.Empty(Codes(diagnosis));
    }

    [Fact]
    public void UrothelialCarcinomaOutsideTheUrinaryTractIsASecondary()
    {
        Assert.Equal(["C79.82"], Codes("Prostate, biopsy:\nUrothelial carcinoma, high grade."));
        Assert.Equal(["C67.9"], Codes("Bladder, biopsy:\nUrothelial carcinoma, high grade."));
    }

    [Theory]
    [InlineData("tube")]
    [InlineData("anterior wall")]
    [InlineData("uterus cervix")]
    public void GenericWordsAndOrganListsNameNoSite(string phrase)
    {
        Assert.Null(Coder.Sites.Find(phrase));
    }

    [Theory]
    [InlineData("fallopian tube", "C57.0-")]
    [InlineData("anterior wall of bladder", "C67.3")]
    [InlineData("cervix uteri", "C53.9")]
    [InlineData("pancreatic head", "C25.0")]
    public void SitesKeepTheirOwnWords(string phrase, string primary)
    {
        Assert.Equal(primary, Coder.Sites.Find(phrase)?.Entry.Primary);
    }

    [Theory]
    [InlineData("parotid gland", "C07")]
    [InlineData("submandibular gland", "C08.0")]
    [InlineData("sublingual gland", "C08.1")]
    public void AGlandNamedAfterALymphNodeGroupIsTheOrgan(string phrase, string primary)
    {
        Assert.Equal(primary, Coder.Sites.Find(phrase)?.Entry.Primary);
    }

    [Theory]
    [InlineData("manubrium", "C41.3")]
    [InlineData("hemimandible", "C41.1")]
    [InlineData("hemimaxillary", "C41.0")]
    [InlineData("mandible", "C41.1")]
    public void HalfOfAJawAndTheManubriumAreTheBoneTheyBelongTo(string phrase, string primary)
    {
        Assert.Equal(primary, Coder.Sites.Find(phrase)?.Entry.Primary);
    }

    [Theory]
    [InlineData("parotid lymph nodes")]
    [InlineData("submandibular nodes")]
    public void LymphNodesOfAnOrganAreStillLymphNodes(string phrase)
    {
        Assert.Equal("C77.0", Coder.Sites.Find(phrase)?.Entry.Secondary);
    }

    [Theory]
    [InlineData("FINAL DIAGNOSIS:\nA. INVASIVE POORLY DIFFERENTIATED ADENOCARCINOMA, GLEASON SCORE 4 + 4 = 8.", "C61")]
    [InlineData("DIAGNOSIS:\nCarcinoma, clear cell type, Fuhrman nuclear grade 2.", "C64.9")]
    public void GradingSystemOfOneOrgansCarcinomaPlacesATumourTheSentenceGivesNoSite(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Fact]
    public void GradingSystemDoesNotOverrideTheSiteTheSentenceNames()
    {
        Assert.Equal(["C67.9"], Codes("Bladder, cystectomy: adenocarcinoma, Gleason pattern not applicable."));
    }

    [Theory]
    [InlineData("Tumor site:  LungTumor size:  2.5 cm\nHistologic type:  AdenocarcinomaHistologic grade:  Poorly differentiated", "C34.90")]
    [InlineData("Diagnosis\n1. Poorly differentiated adenocarcinoma ofthe prostate with extension.", "C61")]
    [InlineData("Tumor site: Right lower lobe\nTumor histologic type: Adenocarcinoma", "C34.31")]
    public void OcrGluedWordsAndLobesOfTheLungAreRead(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Theory]
    [InlineData("COMMENT: The findings are consistent with an ovarian primary.", "C56.1")]
    [InlineData("COMMENT: Favor ovarian primary.", "C56.1")]
    [InlineData("COMMENT: This represents a primary uterine serous carcinoma.", "C55")]
    public void SiteTheReportCallsThePrimaryTellsItWhenTheDiagnosesPlaceTumoursAtSeveralSites(string comment, string primary)
    {
        const string diagnoses = "DIAGNOSIS:\nA. Ovary, right, oophorectomy:\nSerous carcinoma, high grade.\nB. Uterus, hysterectomy:\nSerous carcinoma.\n";

        Assert.Contains(primary, Codes(diagnoses + comment));
    }

    [Theory]
    [InlineData("COMMENT: Stains were performed to help exclude a primary uterine carcinoma.")]
    [InlineData("COMMENT: Negative WT-1 argues against an ovarian primary.")]
    [InlineData("COMMENT: The differential is primary ovarian or primary uterine carcinoma.")]
    public void PrimaryNamedAsExcludedOrAsOneOfAlternativesDecidesNothing(string comment)
    {
        const string diagnoses = "DIAGNOSIS:\nA. Ovary, right, oophorectomy:\nSerous carcinoma, high grade.\nB. Uterus, hysterectomy:\nSerous carcinoma.\n";

        Assert.DoesNotContain(Codes(diagnoses + comment), code => code is "C56.1" or "C55");
    }

    [Theory]
    [InlineData("DIAGNOSIS:\nUTERUS, CERVIX, BIOPSY\n- INVASIVE SQUAMOUS CELL CARCINOMA.", "C53.9")]
    [InlineData("DIAGNOSIS:\nUterus, endometrium, curettage:\nEndometrioid adenocarcinoma.", "C54.1")]
    public void OrganFollowedByOneOfItsPartsInAHeadingNamesThePart(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Fact]
    public void TableListsPartsUnderTheirOrgan()
    {
        Assert.True(Coder.Sites.IsPartOf(Coder.Sites.Find("cervix")!, Coder.Sites.Find("uterus")!));
        Assert.False(Coder.Sites.IsPartOf(Coder.Sites.Find("ovary")!, Coder.Sites.Find("uterus")!));
    }

    [Fact]
    public void HistologicTypeFieldIsCodedWhereAFieldLabelAboveItWasReadAsAnUncodedSection()
    {
        const string text = "Final Diagnosis:\nProstate with bilateral lymph nodes, radical prostatectomy.\nProcedure: Excision and dissection.\n"
                            + "Histologic type: Prostatic adenocarcinoma.";

        Assert.Equal(["C61"], Codes(text));
    }

    [Fact]
    public void MalignancyInAClinicalHistorySectionStaysUncodedEvenAsATypeField()
    {
        Assert.Empty(Codes("CLINICAL HISTORY:\nHistologic type: Prostatic adenocarcinoma on prior biopsy."));
    }

    [Theory]
    [InlineData("DIAGNOSIS:\nA. Ovary, right, oophorectomy:\nHigh grade serous carcinoma.\nB. Fallopian tube, right:\nHigh grade serous carcinoma.", "C57.8")]
    [InlineData("DIAGNOSIS:\n(A) Tongue, right lateral, biopsy:\nInvasive squamous cell carcinoma.\n(B) Floor of mouth, resection:\nInvasive squamous cell carcinoma.", "C14.8")]
    [InlineData("DIAGNOSIS:\nA. Sigmoid colon, segmental resection:\nModerately differentiated adenocarcinoma.\nB. Rectum, low anterior resection:\nModerately differentiated adenocarcinoma.", "C19")]
    public void PrimaryAtContiguousSitesWithNoOriginNamedTakesTheOverlappingLesionCode(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Fact]
    public void HeadingListingContiguousOralSitesNamesTheOneListedFirst()
    {
        const string text = "DIAGNOSIS:\n(E) FLOOR OF MOUTH, TONGUE, LINGUAL CORTEX AND NECK DISSECTION:\n"
                            + "INVASIVE GRADE 2 SQUAMOUS CARCINOMA; RESECTION MARGINS FREE OF TUMOR.";

        Assert.Equal(["C04.9"], Codes(text));
    }

    [Fact]
    public void HeadingListingSitesOfNoCommonOverlappingLesionNamesNone()
    {
        Assert.Empty(Codes("DIAGNOSIS:\n(E) TONGUE AND LARYNX, RESECTION:\nINVASIVE GRADE 2 SQUAMOUS CARCINOMA."));
    }

    [Fact]
    public void FormFieldForTheInvolvementOfAnOrganPlacesNoTumourThere()
    {
        const string text = "Histologic Type:\nTumor Size:\nInvolvement of Cervix:\nMargins:\nSerous adenocarcinoma\nGreatest dimension: 6.5 cm";

        Assert.DoesNotContain(Codes(text), code => code.StartsWith("C53", StringComparison.Ordinal));
    }

    [Fact]
    public void OrganNamedAfterItsCarcinomaKeepsItsSiteBesideTheInvolvementOfAnother()
    {
        var codes = Codes("DIAGNOSIS:\nInvasive squamous cell carcinoma of the cervix with involvement of the vagina.");

        Assert.Contains("C53.9", codes);
        Assert.DoesNotContain(codes, code => code.StartsWith("C52", StringComparison.Ordinal));
    }

    [Fact]
    public void RectalPrimaryAloneKeepsTheRectum()
    {
        Assert.Equal(["C20"], Codes("DIAGNOSIS:\nB. Rectum, low anterior resection:\nModerately differentiated adenocarcinoma."));
    }

    [Fact]
    public void TumourSubsiteFieldNamesThePrimaryOverAnAdnexalDeposit()
    {
        const string text = "DIAGNOSIS:\nA. Left tube and ovary:\nPeriadnexal soft tissue: metastatic adenocarcinoma.\nB. Uterus and cervix:\n"
                            + "Tumor subsite: Endometrium\nHistologic type: Serous adenocarcinoma, FIGO grade 3";

        var codes = Codes(text);

        Assert.Contains("C54.1", codes);
        Assert.DoesNotContain(codes, code => code.StartsWith("C56", StringComparison.Ordinal) || code.StartsWith("C57", StringComparison.Ordinal));
    }

    [Fact]
    public void PrimaryAtSitesOfNoCommonOverlappingCodeIsNotGuessed()
    {
        const string text = "DIAGNOSIS:\n(A) Tongue, biopsy:\nInvasive squamous cell carcinoma.\n(B) Larynx, resection:\nInvasive squamous cell carcinoma.";

        Assert.DoesNotContain(Codes(text), code => code.StartsWith("C0", StringComparison.Ordinal) || code.StartsWith("C14", StringComparison.Ordinal) || code.StartsWith("C32", StringComparison.Ordinal));
    }

    [Fact]
    public void MainSpecimenListedFirstAndPlacedMostOftenNamesThePrimary()
    {
        const string text = "DIAGNOSIS:\nA. Ovary, right, oophorectomy:\nHigh grade serous carcinoma.\nB. Ovary, left, oophorectomy:\n"
                            + "High grade serous carcinoma.\nC. Sigmoid colon, segmental resection:\nCarcinoma involving the serosa.";

        var codes = Codes(text);

        Assert.Contains("C56.1", codes);
        Assert.Contains("C78.5", codes);
        Assert.DoesNotContain(codes, code => code.StartsWith("C18", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("DIAGNOSIS:\n4. Prostatectomy specimen with bilateral poorly differentiated adenocarcinoma, infiltrating the seminal vesicles.", "C61")]
    [InlineData("DIAGNOSIS:\nRight hemicolectomy with moderately differentiated adenocarcinoma.", "C18.9")]
    public void OperationOpeningTheDiagnosisPlacesTheMalignancyInTheOrganItRemoves(string text, string expected)
    {
        Assert.Equal([expected], Codes(text).Where(code => !code.StartsWith("C79", StringComparison.Ordinal)));
    }

    [Fact]
    public void OperationAfterTheMalignancyOrBesideASiteNamesNoOrgan()
    {
        Assert.Equal(["C18.7"], Codes("DIAGNOSIS: Sigmoid colon, hemicolectomy with adenocarcinoma."));
        Assert.Empty(Codes("DIAGNOSIS: Adenocarcinoma, see prior prostatectomy."));
    }

    [Fact]
    public void OvaryAndFallopianTubeCountAsOneMainSpecimen()
    {
        const string text = "DIAGNOSIS:\nA. Ovary, right, oophorectomy:\nHigh grade serous carcinoma.\nB. Fallopian tube, right:\nHigh grade serous carcinoma.\n"
                            + "C. Uterus, hysterectomy:\nHigh grade serous carcinoma.";

        var codes = Codes(text);

        Assert.Contains("C56.1", codes);
        Assert.DoesNotContain(codes, code => code.StartsWith("C55", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Pre-operative diagnosis (Ex. Lung Cancer)(Ex. Right Lung)")]
    [InlineData("FINAL DIAGNOSIS: This test detects KRAS mutations in tumors that harbor them (e.g. tumors of pancreas, bile duct, ovary).")]
    [InlineData("Histologic type, specify (example: adenocarcinoma of the sigmoid colon)")]
    public void ExampleInBracketsIsNoFinding(string text)
    {
        Assert.Empty(Codes(text));
    }

    [Fact]
    public void CancerGivenAsAnExampleIsNoSecondPrimary()
    {
        const string text = "DIAGNOSIS:\nFloor of mouth, resection: invasive squamous cell carcinoma.\nCancer type (Ex. Lung Cancer)(Ex. Right Lung)";

        var codes = new ClinicalEngine().Analyze(text).Codes.Select(code => code.Code);

        Assert.Equal(["C04.9"], codes);
    }

    [Fact]
    public void DiagnosisInBracketsAfterAnotherWordIsStillCoded()
    {
        Assert.Equal(["C34.91"], Codes("DIAGNOSIS: Right upper lobe lobectomy (squamous cell carcinoma of the lung, 3.1 cm)."));
    }

    [Fact]
    public void BulletedTumourSiteLinePlacesTheMalignancy()
    {
        const string text = "DIAGNOSIS:\nColon and urinary bladder, en bloc resection:\n-Adenocarcinoma, moderately differentiated.\n-Tumor site: Sigmoid colon";

        Assert.Contains("C18.7", Codes(text));
    }

    [Fact]
    public void BulletedBareLocationIsNoTumourSiteLine()
    {
        const string text = "DIAGNOSIS:\nColon and urinary bladder, en bloc resection:\n-Adenocarcinoma, moderately differentiated.\n-Location: Sigmoid colon";

        Assert.DoesNotContain(Codes(text), code => code.StartsWith("C18", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("DIAGNOSIS:\nAdenocarcinoma, moderately differentiated.\nGROSS DESCRIPTION:\nThe specimen is a lobe of lung, 15 x 9 x 4 cm.", "C34.90")]
    [InlineData("Sample type: TUMOUR\nType of procedure: FF RESECT RLL\nT2 N0 M0 adenocarcinoma, acinar", "C34.30")]
    public void MalignancyPlacedNowhereIsInTheOneOrganTheReportNames(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Theory]
    [InlineData("DIAGNOSIS:\nAdenocarcinoma, moderately differentiated.\nGROSS DESCRIPTION:\nA lobe of lung and a segment of colon are received.")]
    [InlineData("DIAGNOSIS:\nAdenocarcinoma, moderately differentiated.\nGROSS DESCRIPTION:\nA fragment of bone and soft tissue.")]
    public void MalignancyPlacedNowhereInAReportNamingSeveralOrgansOrOnlyTissuesIsNotPlaced(string text)
    {
        Assert.DoesNotContain(Codes(text), code => code.StartsWith("C34", StringComparison.Ordinal) || code.StartsWith("C18", StringComparison.Ordinal) || code.StartsWith("C4", StringComparison.Ordinal));
    }

    [Fact]
    public void MetastasisPlacedNowhereIsNotMadeAPrimaryOfTheOneOrganNamed()
    {
        Assert.DoesNotContain(Codes("DIAGNOSIS:\nMetastatic adenocarcinoma.\nGROSS DESCRIPTION:\nA core of liver, 1.2 cm."), code => code.StartsWith("C22", StringComparison.Ordinal));
    }

    [Fact]
    public void ReportThatOpensWithOneSiteAndDwellsOnAnotherNamesNoPrimary()
    {
        const string text = "DIAGNOSIS:\nA. Ovary, right, oophorectomy:\nHigh grade serous carcinoma.\nB. Sigmoid colon, resection:\n"
                            + "Adenocarcinoma.\nC. Sigmoid colon, second segment:\nAdenocarcinoma.";

        Assert.DoesNotContain(Codes(text), code => code.StartsWith("C56", StringComparison.Ordinal) || code.StartsWith("C18", StringComparison.Ordinal));
    }

    [Fact]
    public void SiteTheReportNamesAsThePrimaryWinsOverTheOverlappingLesionCode()
    {
        const string text = "DIAGNOSIS:\nA. Ovary, right, oophorectomy:\nHigh grade serous carcinoma.\nB. Fallopian tube, right:\nHigh grade serous carcinoma.\n"
                            + "COMMENT: The findings favor an ovarian primary.";

        Assert.Equal(["C56.1"], Codes(text).Where(code => code.StartsWith("C5", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("DIAGNOSIS:\nA. Uterus, hysterectomy:\nSerous carcinoma, high grade.\nB. Endometrium, curettings:\nSerous carcinoma.")]
    [InlineData("CLINICAL HISTORY: Uterine cancer.\nDIAGNOSIS:\nA. Uterus, hysterectomy:\nSerous carcinoma.\nB. Endometrium:\nSerous carcinoma.\nC. Ovary, left:\nSerous carcinoma.")]
    public void UterusWithItsPartUnspecifiedGivesWayToTheEndometrium(string text)
    {
        var codes = Codes(text);

        Assert.Contains("C54.1", codes);
        Assert.DoesNotContain("C55", codes);
    }

    [Theory]
    [InlineData("SURGICAL PATHOLOGY REPORT\nProcedure: Partial hepatectomy\nLIVER: HEPATOCELLULAR CARCINOMA, MODERATELY DIFFERENTIATED.", "C22.0")]
    [InlineData("FINAL DIAGNOSIS:\nSee synoptic report.\nPROCEDURE: Bilateral salpingo-oophorectomy\nOVARIES: SEROUS ADENOCARCINOMA.", "C56.9")]
    public void LinesBelowAProcedureFieldOfAPathologyFormAreCoded(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Theory]
    [InlineData("EXAMINATION:\nCT abdomen for hepatocellular carcinoma.")]
    [InlineData("CLINICAL HISTORY:\nProcedure: Partial hepatectomy\nLIVER: HEPATOCELLULAR CARCINOMA on prior biopsy.")]
    public void ExaminationHeaderAloneOnItsLineOrAFieldInAnUncodedSectionStaysUncoded(string text)
    {
        Assert.Empty(Codes(text));
    }

    [Theory]
    [InlineData("CLINICAL HISTORY:\nAbnormal bleeding.\nINPRE S S ION:\nCERVIX, 12 O'CLOCK, BIOPSY:\nInvasive squamous cell carcinoma, keratinizing.", "C53.9")]
    [InlineData("Clinical Data: Right flank mass.\nRight kidney, radical nephrectomy: Papillary renal cell carcinoma, type 1.", "C64.1")]
    public void SpecimenHeadingInAClinicalHistoryOpensTheDiagnosesItsLostHeaderWouldHave(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Theory]
    [InlineData("CLINICAL HISTORY:\nRight kidney mass; outside biopsy showed renal cell carcinoma.")]
    [InlineData("CLINICAL HISTORY:\nCervical cancer, stage IB.\nSPECIMEN:\nCervix, biopsy")]
    public void ClinicalHistoryWithoutASpecimenHeadingStaysUncoded(string text)
    {
        Assert.Empty(Codes(text));
    }

    [Theory]
    [InlineData("Specimen size:  Not specifiedTumor site:  Sigmoid colonTumor features:  None specifiedHistologic type:  AdenocarcinomaHistologic grade:  Moderately differentiated", "C18.7")]
    [InlineData("Tumor site:  Hepatic flexureTumor size:  7 cmTumor features:  None specifiedHistologic type:  AdenocarcinomaMargins:  Uninvolved", "C18.3")]
    public void FieldsOcrRanTogetherAreEachTheirOwnClause(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Theory]
    [InlineData("Sigmoid colon, resection: no residual carcinoma: see comment.")]
    [InlineData("Tumor site:  Sigmoid colonHistologic type:  No residual adenocarcinoma")]
    public void NegationInsideTheMorphologysOwnFieldStillNegatesIt(string text)
    {
        Assert.Empty(Codes(text));
    }

    [Fact]
    public void MorphologyWrappedOntoTheNextLineFinishesTheTermAbove()
    {
        Assert.Equal(["C64.9"], Codes("Nephrectomy with a papillary Renal Cell\nCarcinoma (Type 1) close to papillary adenomas."));
    }

    [Fact]
    public void LineEndingInPunctuationStartsNoWrappedTerm()
    {
        Assert.Equal(["C67.9"], Codes("DIAGNOSIS:\nStains for renal cell;\nCarcinoma of the bladder, invasive."));
    }

    [Fact]
    public void CarcinomaOfThePleuraIsTheSpreadOfTheLungPrimary()
    {
        const string text = "DIAGNOSIS:\nA. Lung, right upper lobe, lobectomy:\nAdenocarcinoma.\nB. Pleura, parietal, biopsy:\nAdenocarcinoma.";

        Assert.Equal(["C34.11", "C78.2"], Codes(text));
    }

    [Fact]
    public void SarcomaOfThePleuraStaysAPleuralPrimary()
    {
        Assert.Equal(["C38.4"], Codes("DIAGNOSIS:\nPleura, parietal, biopsy:\nSarcoma."));
    }

    [Fact]
    public void BowelWithItsPartUnspecifiedGivesWayToTheColon()
    {
        const string text = "DIAGNOSIS:\nA. Colon, transverse, resection:\nAdenocarcinoma.\nB. Bowel, segment:\nAdenocarcinoma.";

        var codes = Codes(text);

        Assert.Contains("C18.4", codes);
        Assert.DoesNotContain(codes, code => code.StartsWith("C26", StringComparison.Ordinal));
        Assert.Equal(["C26.0"], Codes("DIAGNOSIS:\nBowel, segment:\nAdenocarcinoma."));
    }

    [Theory]
    [InlineData("DIAGNOSIS:\n(A) Mandible, segmental resection:\nInvasive squamous cell carcinoma.", "C03.1")]
    [InlineData("DIAGNOSIS:\n(A) Left maxilla, partial resection:\nInvasive squamous cell carcinoma.", "C03.0")]
    public void CarcinomaOfABoneTakesTheTableRowTheBoneGivesACarcinoma(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Fact]
    public void HeadingThatOpensWithAnOrganAndGoesOnToLymphNodesNamesTheOrganForAPrimary()
    {
        const string text = "Diagnosis:\nA. LUNG, RIGHT, UPPER LOBE, AND SUBCARINAL LYMPH NODES, LOBECTOMY:\n- INVASIVE ADENOCARCINOMA, MODERATELY DIFFERENTIATED.";

        Assert.Equal(["C34.11"], Codes(text));
    }

    [Fact]
    public void HeadingThatOpensWithLymphNodesNamesNoOrganForAPrimary()
    {
        const string text = "Diagnosis:\nA. Lymph nodes, common hepatic artery, excision:\nAdenocarcinoma.";

        Assert.DoesNotContain(Codes(text), code => code.StartsWith("C22", StringComparison.Ordinal));
    }

    [Fact]
    public void ParenthesisedAsideInTheNounPhraseKeepsItMetastatic()
    {
        const string text = "DIAGNOSIS:\nLymph nodes, mediastinal, excision:\nMetastatic grade 3 (of 4) adenocarcinoma in one lymph node.";

        var codes = Codes(text);

        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.StartsWith("C77", code, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("DIAGNOSIS:\n(B) RIGHT PARTIAL GLOSSECTOMY:\nINVASIVE WELL DIFFERENTIATED SQUAMOUS CELL CARCINOMA.", "C02.9")]
    [InlineData("DIAGNOSIS:\n(A) TOTAL LARYNGECTOMY:\nINVASIVE SQUAMOUS CELL CARCINOMA.", "C32.9")]
    public void HeadingThatNamesOnlyTheOperationNamesTheOrganItRemoves(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Fact]
    public void OperationsThatRemoveOrgansOfSeveralCategoriesNameNone()
    {
        Assert.Empty(Codes("DIAGNOSIS:\nA. TOTAL HYSTERECTOMY AND BILATERAL SALPINGO-OOPHORECTOMY:\nSerous carcinoma."));
    }

    [Fact]
    public void TumourSiteLineWinsOverTheNameOfTheOperation()
    {
        const string text = "Tumor site: oropharynx.\nDIAGNOSIS:\n(A) TONSILLECTOMY:\nInvasive squamous cell carcinoma.";

        Assert.Equal(["C10.9"], Codes(text));
    }

    [Theory]
    [InlineData("DIAGNOSIS: A moderately differentiated colic adenocarcinoma, G2, pT3.", "C18.9")]
    [InlineData("DIAGNOSIS: Endocervical mucinous adenocarcinoma, invasive.", "C53.0")]
    public void ColicAndEndocervicalNameTheirOrgan(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Fact]
    public void LineWrappedAfterAParenthesisKeepsTheHeadingsSite()
    {
        const string text = "DIAGNOSIS:\nLung, left upper lobe, lobectomy: Invasive grade 3 (of 4)\nadenocarcinoma forming a 3.0 cm subpleural mass.";

        Assert.Equal(["C34.12"], Codes(text));
    }

    [Fact]
    public void HistologicTypeFieldTakesTheTumourSiteLineOverALymphNodeHeading()
    {
        const string text = "DIAGNOSIS:\nA. Lymph nodes, left neck level 3, dissection:\n- No metastatic carcinoma identified (0/7)\n"
                            + "Tumor histologic type: invasive squamous cell carcinoma\nPrimary site: right lateral tongue";

        Assert.Equal(["C02.9"], Codes(text));
    }

    [Fact]
    public void HistologicTypeFieldWithNoTumourSiteLineKeepsItsHeading()
    {
        Assert.Equal(["C34.11"], Codes("DIAGNOSIS:\nLung, right upper lobe, lobectomy:\nTumor histologic type: adenocarcinoma, acinar."));
    }

    [Fact]
    public void TumourSiteLineJustAboveAMalignancyPlacesItOverAnEarlierHeading()
    {
        const string text = "DIAGNOSIS:\n3. Lymph node, left paratracheal:\nMetastatic squamous cell carcinoma in one lymph node (1/1).\n"
                            + "4. Total laryngectomy\nTumor site: Larynx\nSquamous cell carcinoma, moderately differentiated.";

        Assert.Equal(["C77.9", "C32.9"], Codes(text));
    }

    [Fact]
    public void HeadingBelowATumourSiteLineStillPlacesTheSpreadBelowIt()
    {
        const string text = "DIAGNOSIS:\nTumor site: Larynx\nSquamous cell carcinoma.\nLymph nodes, left neck, dissection:\nMetastatic squamous cell carcinoma in 2 of 11 lymph nodes.";

        Assert.Equal(["C32.9", "C77.0"], Codes(text));
    }

    [Theory]
    [InlineData("Tumor site: Right main stem bronchus\nHistologic type: Squamous cell carcinoma", "C34.01")]
    [InlineData("Tumor site: left mainstem bronchus\nHistologic type: Squamous cell carcinoma", "C34.02")]
    [InlineData("Left LLL wedge resection: invasive adenocarcinoma, acinar predominant.", "C34.32")]
    [InlineData("DIAGNOSIS: Brain stem, biopsy: diffuse astrocytoma.", "C71.7")]
    public void LungLobeAbbreviationsAndTheMainStemBronchusNameTheirSite(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Theory]
    [InlineData("A hematoma of the right thigh was drained.")]
    [InlineData("CT showed a subcapsular hepatic hematoma.")]
    public void WordOneLetterFromAMorphologyWordIsNotReadAsIt(string text)
    {
        Assert.Empty(Codes(text));
    }

    [Fact]
    public void NoWordOfTheTerminologyIsRepairedIntoAnotherMorphologyWord()
    {
        var titleWords = IcdTerminology.Embedded.Catalog.Codes
            .SelectMany(code => Tokenizer.Tokenize(code.Title))
            .Where(token => token.Kind == TokenKind.Word && token.Value.Length >= 7 && token.Value.All(char.IsLetter))
            .Select(token => token.Value)
            .Distinct(StringComparer.Ordinal);

        var misread = titleWords
            .Select(word => (Word: word, Read: Coder.Repair.Repair(Tokenizer.Tokenize(word))[0].Value))
            .Where(pair => pair.Read != pair.Word && pair.Read + "s" != pair.Word)
            .Select(pair => $"{pair.Word} → {pair.Read}")
            .ToArray();

        Assert.Empty(misread);
    }
    [Fact]
    public void CarcinomaInvolvingAnOrganItsMultiOrganHeadingListsIsInThatOrgan()
    {
        const string text = "FINAL DIAGNOSIS:\nPART 1: UTERUS, CERVIX, FALLOPIAN TUBES AND OVARIES, HYSTERECTOMY:\n"
                            + "A. HIGH GRADE SEROUS CARCINOMA INVOLVING THE RIGHT OVARY.\nPART 2: OMENTUM, OMENTECTOMY:\nMETASTATIC SEROUS CARCINOMA.";

        Assert.Equal(["C56.1", "C78.6"], Codes(text));
    }

    [Fact]
    public void CarcinomaGrowingIntoAnOrganItsHeadingListsIsStillSpread()
    {
        const string text = "FINAL DIAGNOSIS:\nPART 1: UTERUS, CERVIX, FALLOPIAN TUBES AND OVARIES, HYSTERECTOMY:\n"
                            + "A. SQUAMOUS CELL CARCINOMA EXTENDING INTO THE LOWER UTERINE SEGMENT.";

        Assert.DoesNotContain(Codes(text), code => code.StartsWith("C55", StringComparison.Ordinal));
    }

    [Fact]
    public void CarcinomaInvolvingAnOrganOutsideItsSingleOrganHeadingStaysSpread()
    {
        Assert.DoesNotContain("C61", Codes("DIAGNOSIS:\nBladder, cystectomy:\nUrothelial carcinoma involving the prostate."));
    }

    [Fact]
    public void PrimaryNamedInAnOrgansPartNamesTheOrganTheTumourIsPlacedIn()
    {
        const string text = "DIAGNOSIS:\nA. Uterus, hysterectomy: Serous carcinoma.\n"
                            + "B. Fallopian tube, right, salpingectomy: Serous carcinoma.\n"
                            + "C. Lymph nodes, pelvic: Metastatic carcinoma, consistent with endometrial primary.";

        Assert.Contains("C55", Codes(text));
        Assert.DoesNotContain("C57.01", Codes(text));
    }
    [Theory]
    [InlineData("DIAGNOSIS:\nLymph node, right iliac, excision:\nMetastatic squamous cell carcinoma in the parenchyma.")]
    [InlineData("DIAGNOSIS:\nOvary, right:\nMetastatic carcinoma in the stroma.")]
    [InlineData("DIAGNOSIS:\nUrethral stump, biopsy:\nMetastatic carcinoma.")]
    public void ParenchymaStromaOrStumpAloneNamesNoOrgan(string text)
    {
        Assert.DoesNotContain(Codes(text), code => code.StartsWith("C79.0", StringComparison.Ordinal) || code.StartsWith("C79.82", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("DIAGNOSIS:\nKidney, left, nephrectomy:\nRenal cell carcinoma confined to the renal parenchyma.", "C64")]
    [InlineData("DIAGNOSIS:\nUterus, hysterectomy:\nEndometrial stromal sarcoma.", "C54")]
    public void OrgansNamedWithTheirParenchymaOrStromaStillPlaceTheTumour(string text, string category)
    {
        Assert.Contains(Codes(text), code => code.StartsWith(category, StringComparison.Ordinal));
    }

    [Fact]
    public void LabelledHeadingWhoseColonOcrLostEndsTheSpecimenAboveIt()
    {
        const string text = "DIAGNOSIS:\nPART 4: URETHRA, DISTAL, BIOPSY -\nBENIGN TISSUE.\n"
                            + "PART 5: RADICAL RESECTION, GLEASON SCORE 3 +4=7 WITH TERTIARY\nA.\nTHE CARCINOMA INVOLVES 10% OF THE GLAND.";

        Assert.DoesNotContain(Codes(text), code => code.StartsWith("C68", StringComparison.Ordinal));
    }
    [Fact]
    public void OperationInAHeadingOfLymphNodesNamesTheOrganForThePrimary()
    {
        const string text = "SUMMARY:\nLeft pneumonectomy and lymph node sampling:\nModerately differentiated adenocarcinoma, 70 mm in diameter.";

        Assert.Equal(["C34.92"], Codes(text));
    }

    [Fact]
    public void MetastasisBelowAHeadingOfAnOperationAndLymphNodesStaysInTheNodes()
    {
        const string text = "SUMMARY:\nLeft pneumonectomy and lymph node sampling:\nMetastatic adenocarcinoma.";

        Assert.Equal(["C77.9"], Codes(text));
    }

    [Theory]
    [InlineData("SUMMARY:\nLeft upper lobectomy and lymph node sampling:\nSquamous cell carcinoma, 45 mm.", "C34.12")]
    [InlineData("DIAGNOSIS:\nThe right lower lobectomy shows an invasive adenocarcinoma, 2 cm.", "C34.31")]
    public void LobectomyOfANamedLungLobeNamesThatLobe(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Fact]
    public void LobectomyWithNoLobeNamesNoOrgan()
    {
        Assert.DoesNotContain(Codes("DIAGNOSIS:\nLeft lobectomy:\nPapillary carcinoma, 1.2 cm."), code => code.StartsWith("C34", StringComparison.Ordinal));
    }
    [Fact]
    public void PreOpDxAbbreviationNamesThePrimaryAmongSeveralSites()
    {
        const string text = "FINAL DIAGNOSIS:\nURETHRA:\n- INVASIVE HIGH GRADE UROTHELIAL CARCINOMA.\nBLADDER, CYSTECTOMY:\n"
                            + "- INVASIVE HIGH GRADE UROTHELIAL CARCINOMA, 5 CM.\nPRE-OP DX: BLADDER CARCINOMA\nCLINICAL HX: HEMATURIA";

        Assert.Contains("C67.9", Codes(text));
        Assert.DoesNotContain("C68.0", Codes(text));
    }

    [Fact]
    public void ClinicalHxAloneIsNotCodedAsTheSpecimensDiagnosis()
    {
        Assert.Empty(Codes("RELEVANT CLINICAL HX: BLADDER CARCINOMA\nFINAL DIAGNOSIS:\nBLADDER, BIOPSY:\n- NEGATIVE FOR CARCINOMA."));
    }
    [Theory]
    [InlineData("Histologic type: perihilar cholangiocarcinoma, moderately differentiated.", "C24.0")]
    [InlineData("Klatskin tumor of the common hepatic duct.", "C24.0")]
    [InlineData("Intrahepatic cholangiocarcinoma, 4 cm.", "C22.1")]
    public void PerihilarCholangiocarcinomaIsAnExtrahepaticBileDuctPrimary(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Fact]
    public void DiagnosisLineRunningOnIntoAMetastaticLineIsSpread()
    {
        const string text = "DIAGNOSIS:\nOVARIES, BILATERAL SALPINGO-OOPHORECTOMY\n-SEROUS ADENOCARCINOMA, POORLY DIFFERENTIATED\n"
                            + "VAGINA, POSTERIOR, HYSTERECTOMY\n-SEROUS ADENOCARCINOMA, POORLY DIFFERENTIATED,\nMETASTATIC\n";

        Assert.Equal(["C56.3", "C79.82"], Codes(text));
    }

    [Fact]
    public void DiagnosisLineEndingWithAFullStopIsNotMadeSpreadByTheLineBelow()
    {
        const string text = "DIAGNOSIS:\nOVARY, RIGHT, SALPINGO-OOPHORECTOMY\n-SEROUS ADENOCARCINOMA, POORLY DIFFERENTIATED.\nNOT METASTATIC\n";

        Assert.Equal(["C56.1"], Codes(text));
    }
    [Fact]
    public void TumourSiteLineNamesTheOrganOfAMalignancyOnlyAHeadingPlacedElsewhere()
    {
        const string text = "DIAGNOSIS:\nMAXILLA, RIGHT, PARTIAL MAXILLECTOMY:\nSQUAMOUS CELL CARCINOMA, WELL DIFFERENTIATED (3.8 CM).\n"
                            + "SYNOPTIC:\nTumor Site: Hard palate\n";

        var mention = Assert.Single(Code(text));

        Assert.Equal("C05.0", mention.Code);
        Assert.Equal(["SQUAMOUS CELL CARCINOMA", "Hard palate"], mention.Evidence.Select(span => span.Text));
    }

    [Fact]
    public void TumourSiteLineOfAnOrganWithItsOwnMalignancyLeavesTheOtherHeadingsAlone()
    {
        const string text = "DIAGNOSIS:\nA. BLADDER, CYSTECTOMY:\nINVASIVE UROTHELIAL CARCINOMA.\nB. PROSTATE:\nADENOCARCINOMA, GLEASON SCORE 3+3=6.\n"
                            + "SYNOPTIC:\nTumor Site: Bladder\n";

        Assert.DoesNotContain("C67.9", Code(text).Where(mention => mention.Morphology.Text == "ADENOCARCINOMA").Select(mention => mention.Code));
    }
    [Fact]
    public void HeadingSiteAMassGrowsIntoIsNotWhereItsCarcinomaArose()
    {
        Assert.DoesNotContain("C52", Codes("DIAGNOSIS:\nBIOPSIES, MASS PROTRUDING INTO VAGINA:\nPOORLY DIFFERENTIATED SQUAMOUS CELL CARCINOMA."));
    }

    [Theory]
    [InlineData("DIAGNOSIS:\nVAGINA, BIOPSY:\nSQUAMOUS CELL CARCINOMA.", "C52")]
    [InlineData("DIAGNOSIS:\nUTERUS, ENDOMETRIUM, DEPTH OF INVASION:\nENDOMETRIOID ADENOCARCINOMA, FIGO GRADE 1.", "C54.1")]
    public void HeadingSiteNamedForItselfStillPlacesItsCarcinoma(string text, string expected)
    {
        Assert.Contains(expected, Codes(text));
    }

    [Fact]
    public void MarginUninvolvedByCarcinomaIsNoCarcinomaOfTheSpecimen()
    {
        Assert.Empty(Codes("DIAGNOSIS:\nOVARY, LEFT, OOPHORECTOMY:\nMargins: Uninvolved by invasive carcinoma."));
    }

    [Fact]
    public void MarginInvolvedByCarcinomaStillPlacesIt()
    {
        Assert.Equal(["C56.2"], Codes("DIAGNOSIS:\nOVARY, LEFT, OOPHORECTOMY:\nMargins: Involved by invasive carcinoma."));
    }

    [Fact]
    public void PrimaryTheReportNamesWinsOverAnotherSpecimensTumourSiteLine()
    {
        const string text = "DIAGNOSIS:\nA. Ovary, left, oophorectomy:\nMetastatic serous carcinoma of primary uterine origin.\n"
                            + "B. Uterus, hysterectomy:\nSerous carcinoma.\nGROSS:\nTumor site: Left adnexa\nHistologic type: Serous carcinoma\n";

        var codes = Codes(text);

        Assert.Contains("C55", codes);
        Assert.DoesNotContain(codes, code => code.StartsWith("C57", StringComparison.Ordinal) || code.StartsWith("C56", StringComparison.Ordinal));
    }

    [Fact]
    public void TumourSiteLineOfTheNamedPrimaryStillDecides()
    {
        const string text = "DIAGNOSIS:\nA. Ovary, left, oophorectomy:\nSerous carcinoma, consistent with ovarian primary.\n"
                            + "B. Omentum:\nSerous carcinoma.\nSYNOPTIC:\nTumor site: Left ovary\n";

        Assert.Contains("C56.2", Codes(text));
    }

    [Fact]
    public void OrganInvolvedWithCarcinomaIsItsSpread()
    {
        const string text = "DIAGNOSIS:\nA. Right ovary, oophorectomy:\nRight ovary involved with endometrioid adenocarcinoma.\n"
                            + "B. Uterus, hysterectomy:\nEndometrioid adenocarcinoma of the endometrium.\n";

        var codes = Codes(text);

        Assert.Contains("C54.1", codes);
        Assert.DoesNotContain(codes, code => code.StartsWith("C56", StringComparison.Ordinal));
    }

    [Fact]
    public void InvasionOfATissueByCarcinomaIsItsSpread()
    {
        const string text = "DIAGNOSIS:\nUterus, hysterectomy:\nEndometrioid adenocarcinoma of the endometrium.\n"
                            + "Cervix with invasion of cervical stroma by endometrioid adenocarcinoma.\n";

        var codes = Codes(text);

        Assert.Contains("C54.1", codes);
        Assert.DoesNotContain("C53.9", codes);
    }

    [Fact]
    public void OrganReplacedByCarcinomaIsStillItsPrimarySite()
    {
        var code = Assert.Single(Codes("DIAGNOSIS:\nKidney, left, nephrectomy:\nKidney largely replaced by clear cell renal cell carcinoma."));

        Assert.StartsWith("C64", code, StringComparison.Ordinal);
    }

    [Fact]
    public void SiteWordOcrSplitStillPlacesTheCarcinoma()
    {
        Assert.Equal(["C53.9"], Codes("DIAGNOSIS:\nCER VIX, BIOPSY:\nSquamous cell carcinoma, moderately differentiated."));
    }

    [Fact]
    public void ChoiceOfAFormWhoseNumberOcrLostIsNoDiagnosis()
    {
        const string text = "DIAGNOSIS:\nKidney, left, nephrectomy:\nClear cell renal cell carcinoma.\nType of malignant neoplasm:\n6.\n"
                            + "Collecting duct carcinoma\n7.\nUrothelial carcinoma, non-invasive\nB\" Urothelial carcinoma, invasive\n9.\n"
                            + "Renal cell carcinoma, sarcomatoid\n10.\nWilms tumor\n";

        Assert.DoesNotContain("C67.9", new ClinicalEngine().Analyze(text).Codes.Select(code => code.Code));
    }

    [Fact]
    public void LetteredDiagnosisWithAnUnletteredLineOfTheSameCarcinomaIsNoListOfChoices()
    {
        const string text = "FINAL DIAGNOSIS:\nPART 1: LEFT KIDNEY, NEPHRECTOMY -\nA. CLEAR CELL CARCINOMA.\nB. CARCINOMA INVADES THE RENAL SINUS FAT.\n"
                            + "PART 2: TUMOR THROMBUS -\nSARCOMATOID CARCINOMA WITH NECROSIS.\nA. CARCINOMA, HIGH GRADE.\n";

        Assert.Contains("C64.2", Codes(text));
    }

    [Fact]
    public void SynopticFormTitleEndsTheSpecimenHeadingAbove()
    {
        const string text = "DIAGNOSIS:\nA. Bladder, cystectomy:\nInvasive urothelial carcinoma, high grade.\nB. Left distal ureter, excision:\n"
                            + "Portion of ureter, no tumor.\nUrothelial Carcinoma Pathologic Parameters\n1. Tumor type: Invasive urothelial carcinoma.\n";

        var codes = Codes(text);

        Assert.Contains("C67.9", codes);
        Assert.DoesNotContain(codes, code => code.StartsWith("C66", StringComparison.Ordinal));
    }

    [Fact]
    public void MorphologyLineWithMoreThanATitleIsStillADiagnosis()
    {
        Assert.Contains("C66.2", Codes("DIAGNOSIS:\nLeft distal ureter, excision:\nUrothelial carcinoma, pathologic stage pT2.\n"));
    }

    [Fact]
    public void HeadingWrappedOverLinesNamesTheSitesOfAllItsLines()
    {
        const string text = "DIAGNOSIS:\n(A) LEFT NECK DISSECTION, MANDIBULECTOMY, FLOOR OF MOUTH RESECTION, AND\nRESECTION OF FACIAL SKIN:\n"
                            + "MODERATELY DIFFERENTIATED SQUAMOUS CELL CARCINOMA.\n";

        Assert.DoesNotContain(Codes(text), code => code.StartsWith("C44", StringComparison.Ordinal));
    }

    [Fact]
    public void HeadingLineAfterALineEndingAFullStopNamesItsOwnSite()
    {
        Assert.Contains(Codes("DIAGNOSIS:\nLymph nodes, left neck, dissection.\nTONGUE, PARTIAL GLOSSECTOMY:\nSQUAMOUS CELL CARCINOMA.\n"),
            code => code.StartsWith("C02", StringComparison.Ordinal));
    }

    [Fact]
    public void ChoiceWhoseNumberOcrRanOntoTheLineAboveIsNoDiagnosis()
    {
        const string text = "DIAGNOSIS:\nKidney, left, nephrectomy:\nClear cell renal cell carcinoma.\nL. Lymph nodes examined: 4 11. "
                            + "Urothelial carcinoma, small cell type\n12.\nUrothelial carcinoma, mixed\n13.\nWilms tumor\n14.\nSarcoma\n";

        Assert.DoesNotContain("C67.9", new ClinicalEngine().Analyze(text).Codes.Select(code => code.Code));
    }

    [Fact]
    public void SerousCarcinomaInTheColonIsTheOvarianCarcinomasSpread()
    {
        const string text = "DIAGNOSIS:\nA. Ovary, right, oophorectomy:\nHigh-grade serous carcinoma.\nB. Sigmoid colon, resection:\nHigh-grade serous carcinoma.";

        Assert.Equal(["C56.1", "C78.5"], Codes(text).Order());
    }

    [Fact]
    public void SerousCarcinomaOfTheEndometriumStaysAPrimary()
    {
        Assert.Equal(["C54.1"], Codes("DIAGNOSIS:\nEndometrium, biopsy:\nSerous carcinoma, high grade."));
    }

    [Fact]
    public void MetastaticWordEndingTheLineAboveMakesTheWrappedCarcinomaMetastatic()
    {
        const string text = "DIAGNOSIS:\nUTERUS (B): THE ENTIRE SPECIMEN CONSISTS OF METASTATIC\nADENOCARCINOMA.";

        var mention = Assert.Single(Code(text));

        Assert.Equal("C79.82", mention.Code);
        Assert.Equal(["UTERUS", "ADENOCARCINOMA"], mention.Evidence.Select(span => span.Text));
    }

    [Fact]
    public void GradeEndingTheLineAboveLeavesTheWrappedCarcinomaPrimary()
    {
        Assert.Equal(["C55"], Codes("DIAGNOSIS:\nUTERUS (B): THE ENTIRE SPECIMEN CONSISTS OF POORLY DIFFERENTIATED\nADENOCARCINOMA."));
    }

    [Fact]
    public void WrappedMetastasisLiesInTheSiteTheLineAboveNames()
    {
        const string text = "DIAGNOSIS:\nA. RIGHT COLON, HEMICOLECTOMY:\n- FOUR OF TEN LYMPH NODES, POSITIVE FOR METASTATIC\nADENOCARCINOMA (4/10).";

        var mention = Assert.Single(Code(text));

        Assert.Equal("C77.9", mention.Code);
        Assert.Equal(["LYMPH NODES", "ADENOCARCINOMA"], mention.Evidence.Select(span => span.Text));
    }

    [Fact]
    public void SiteAfterTheColonOfTheLineAboveIsTheWrappedCarcinomasOrigin()
    {
        const string text = "DIAGNOSIS:\nOVARIES, TUBES, OMENTUM, UTERUS: BILATERAL OVARIAN\nSEROUS ADENOCARCINOMA INVOLVING THE OMENTUM.";

        var mention = Assert.Single(Code(text));

        Assert.Equal("C56.3", mention.Code);
        Assert.Equal(["OVARIAN", "SEROUS ADENOCARCINOMA"], mention.Evidence.Select(span => span.Text));
    }

    [Fact]
    public void HeadingSiteBeforeTheColonStillPlacesAWrappedCarcinoma()
    {
        Assert.Equal(["C56.2"], Codes("DIAGNOSIS:\nOVARY, LEFT, OOPHORECTOMY: HIGH-GRADE\nSEROUS CARCINOMA."));
    }

    [Fact]
    public void NegationOnTheLineAboveReachesTheCarcinomaItWrapsOnto()
    {
        Assert.Empty(Codes("FINAL DIAGNOSIS:\nPROSTATE:\n-NO HIGH GRADE PROSTATIC INTRAEPITHELIAL NEOPLASIA OR PROSTATIC\nADENOCARCINOMA IDENTIFIED"));
    }

    [Fact]
    public void NegationEndingTheLineAboveLeavesTheCarcinomaBelowPresent()
    {
        Assert.Equal(["C67.9"], Codes("FINAL DIAGNOSIS:\nBLADDER, CYSTECTOMY:\nLYMPHOVASCULAR INVASION, NEGATIVE FOR MALIGNANCY\nUROTHELIAL CARCINOMA, HIGH GRADE."));
    }

    [Fact]
    public void NegationBeforeTheClauseOfTheLineAboveDoesNotReachTheWrappedCarcinoma()
    {
        Assert.Equal(["C78.01"], Codes("Lung, right lower lobe, wedge excision No.1: Metastatic grade 2 (of\n4) renal cell carcinoma forming a 1.0 cm nodule."));
    }

    [Fact]
    public void PreoperativeCancerTheReportRulesOutGivesWayToTheFoundPrimary()
    {
        const string text = "PRE-OPERATIVE DIAGNOSIS:\nProstate cancer\nFINAL DIAGNOSIS:\nBLADDER:\n- INVASIVE UROTHELIAL CARCINOMA, HIGH GRADE\n"
                            + "-NO HIGH GRADE PROSTATIC INTRAEPITHELIAL NEOPLASIA OR PROSTATIC\nADENOCARCINOMA IDENTIFIED";

        Assert.Equal(["C67.9"], Codes(text));
    }

    [Fact]
    public void PreoperativeCancerTheReportFindsStaysBesideAnotherSitesNegativeFinding()
    {
        const string text = "PRE-OPERATIVE DIAGNOSIS:\nProstate cancer\nFINAL DIAGNOSIS:\nPROSTATE, RADICAL PROSTATECTOMY:\n"
                            + "Prostatic adenocarcinoma, Gleason score 3+4=7.\nSEMINAL VESICLES: negative for carcinoma.";

        Assert.Equal(["C61"], Codes(text));
    }

    [Fact]
    public void SiteAdjectiveEndingTheLineAboveIsTheWrappedCarcinomasOrigin()
    {
        const string text = "FINAL DIAGNOSIS:\nA. LIVER, RESECTION:\nHIGH-GRADE POORLY DIFFERENTIATED GASTRIC\nADENOCARCINOMA.";

        var mention = Assert.Single(Code(text));

        Assert.Equal("C16.9", mention.Code);
        Assert.Equal(["GASTRIC", "ADENOCARCINOMA"], mention.Evidence.Select(span => span.Text));
    }

    [Fact]
    public void SiteNounEndingAFormLineIsNoOriginOfTheValueBelow()
    {
        Assert.Equal(["C25.0"], Codes("Tumor site: Pancreatic head\nOther organs resected: Duodenum\n*Distal Stomach\nDuctal adenocarcinoma"));
    }

    [Fact]
    public void SquamousCellGluedToCarcinomaIsReadAsTheCarcinoma()
    {
        const string text = "DIAGNOSIS\nTONGUE, BIOPSY: SQUAMOUS CELLCARCINOMA.";

        var mention = Assert.Single(Code(text));

        Assert.Equal("C02.9", mention.Code);
        Assert.Equal(["TONGUE", "CARCINOMA"], mention.Evidence.Select(span => span.Text));
    }

    [Fact]
    public void OrganListJoinedToTheCarcinomaByWithNamesItsFirstOrgan()
    {
        Assert.Equal(["C56.9"], Codes("DIAGNOSIS:\nOVARY AND FALLOPIAN TUBE WITH SEROUS ADENOCARCINOMA."));
    }

    [Fact]
    public void OrganModifyingTheCarcinomaAfterAnOrganListIsItsOrigin()
    {
        Assert.Equal(["C56.3"], Codes("DIAGNOSIS:\nUterus, tubes and ovaries: bilateral ovarian serous carcinoma."));
    }

    [Theory]
    [InlineData("DIAGNOSIS:\nRectum, low anterior resection: adenocarcinoma of the colorectal type, moderately differentiated.", "C20")]
    [InlineData("DIAGNOSIS:\nRectosigmoidal resection specimen with a mucinous adenocarcinoma of the colorectal type.", "C19")]
    [InlineData("DIAGNOSIS:\nCervix, cone biopsy: mucinous adenocarcinoma of endocervical type.", "C53.9")]
    public void SiteNamingTheTumoursKindGivesWayToTheSitePlacingIt(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Theory]
    [InlineData("DIAGNOSIS:\nResection specimen with a poorly differentiated adenocarcinoma of the colorectal type.", "C18.9")]
    [InlineData("DIAGNOSIS:\nGastric-type adenocarcinoma, well differentiated.", "C16.9")]
    public void SiteNamingTheTumoursKindPlacesItWhenNothingElseDoes(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Fact]
    public void KindNamedFarFromTheTumourPlacesNothing()
    {
        Assert.Empty(Codes("MICROSCOPIC DESCRIPTION:\nThe adenocarcinoma has fibrovascular cores lined by epithelium that shows predominantly intestinal-type differentiation."));
    }

    [Theory]
    [InlineData("DIAGNOSIS:\nLarge bowel resection: adenocarcinoma.", "C18.9")]
    [InlineData("DIAGNOSIS:\nSmall bowel resection: adenocarcinoma.", "C17.9")]
    public void LargeAndSmallBowelAreTheIntestines(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Fact]
    public void OperationOpeningASpecimenListNamesTheMainSpecimen()
    {
        Assert.Equal(["C55"], Codes("Synoptic Data\nSpecimen type: Hysterectomy, left ovary, right ovary\nHistologic type: Endometrioid adenocarcinoma\n"));
    }

    [Theory]
    [InlineData("Synoptic Data\nSpecimen type: Left ovary, right ovary, hysterectomy\nHistologic type: Serous carcinoma\n", "C56.9")]
    [InlineData("DIAGNOSIS:\nHysterectomy and bilateral salpingo-oophorectomy, left ovary:\nSerous carcinoma.", "C56.3")]
    public void SpecimenListOpenedByAnOrganOrByOperationsOfTwoOrgansKeepsItsOrgans(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Fact]
    public void LineOfSitesAfterABareListLabelIsTheHeadingOfTheCarcinomaBelowIt()
    {
        const string text = "Diagnosis\n6. Neck contents.\nTwenty lymph nodes negative for tumor.\n7. Left tongue, left floor of mouth and palate.\nSquamous cell carcinoma, moderately differentiated.\n";

        Assert.Equal(["C02.9"], Codes(text));
    }

    [Fact]
    public void SentenceAboutASiteAfterAListLabelIsNoHeading()
    {
        const string text = "DIAGNOSIS:\nA. Bladder, transurethral resection:\nHigh grade urothelial carcinoma.\nB. Ureter shows no urothelium.\nUrothelial carcinoma, high grade.\n";

        Assert.Equal(["C67.9"], Codes(text));
    }

    [Fact]
    public void OriginThePathologistFavoursBeatsThePreoperativeDiagnosis()
    {
        const string text = "PREOPERATIVE DIAGNOSIS: Endometrial cancer\nFINAL DIAGNOSIS:\nA. Cervix, biopsy:\nInvasive squamous cell carcinoma.\nB. Endometrium, curettage:\nSquamous cell carcinoma.\nCOMMENT: Endocervical origin is favored.\n";

        Assert.Equal(["C53.9", "C79.82"], Codes(text));
    }

    [Fact]
    public void PreoperativeDiagnosisDecidesThePrimaryWhenThePathologistNamesNone()
    {
        const string text = "PREOPERATIVE DIAGNOSIS: Endometrial cancer\nFINAL DIAGNOSIS:\nA. Cervix, biopsy:\nInvasive squamous cell carcinoma.\nB. Endometrium, curettage:\nSquamous cell carcinoma.\n";

        Assert.Equal(["C54.1", "C79.82"], Codes(text));
    }

    [Fact]
    public void SiteTheCarcinomaIsOfTheOriginOfNamesThePrimary()
    {
        const string text = "FINAL DIAGNOSIS:\nA. Ovary, right:\nSerous carcinoma.\nB. Endometrium:\nSerous carcinoma.\nCOMMENT: The carcinoma is considered to be of endometrial origin.\n";

        Assert.Equal(["C54.1", "C79.61"], Codes(text).Order());
    }

    [Fact]
    public void DiagnosisNamingItsOwnSiteIsThePrimaryAmongSitesOnlyHeadingsPlace()
    {
        const string text = "DIAGNOSIS:\n(A) BASE OF TONGUE:\nInvasive squamous carcinoma.\n(B) LARYNX, TOTAL LARYNGECTOMY:\nSquamous cell carcinoma of the supraglottic larynx.\n";

        Assert.Equal(["C32.1", "C79.89"], Codes(text).Order());
    }

    [Fact]
    public void SitesOnlyHeadingsPlaceNameNoPrimary()
    {
        const string text = "DIAGNOSIS:\n(A) BASE OF TONGUE:\nInvasive squamous carcinoma.\n(B) LARYNX, TOTAL LARYNGECTOMY:\nInvasive squamous carcinoma.\n";

        Assert.Equal(["C78.39", "C79.89"], Codes(text).Order());
    }
}
