namespace MedDoc.Engine.Tests.Concepts;

/// <summary>Curated concepts that name a condition by its organ: the organ's own code, never another organ's.</summary>
public sealed class OrganConditionConceptTests
{
    private static readonly ClinicalEngine Engine = new();

    private static IReadOnlyList<CodeSuggestion> Codes(string text) => Engine.Analyze(text).Codes;

    [Theory]
    [InlineData("CT showed a mass in the right kidney.", "N28.89", "mass in the right kidney")]
    [InlineData("Ultrasound showed two large renal masses.", "N28.89", "renal masses")]
    [InlineData("MRI showed a lumbar disc hernia at L4-L5.", "M51.26", "lumbar disc hernia")]
    [InlineData("The chest X-ray showed a right hydrothorax.", "J94.8", "hydrothorax")]
    [InlineData("Ultrasound showed a large gall bladder calculus.", "K80.20", "gall bladder calculus")]
    [InlineData("The final diagnosis was Ludwig's angina.", "K12.2", "Ludwig's angina")]
    [InlineData("Chronic postprandial pain from intestinal angina.", "K55.1", "intestinal angina")]
    [InlineData("The infarction was complicated by post-infarction angina.", "I23.7", "post-infarction angina")]
    [InlineData("CT showed renal vein thrombosis.", "I82.3", "renal vein thrombosis")]
    [InlineData("She has incontinence.", "R32", "incontinence")]
    [InlineData("He reported fecal incontinence.", "R15.9", "fecal incontinence")]
    [InlineData("A 60-year-old man, allergic to penicillin, with hypertension.", "Z88.0", "allergic to penicillin")]
    [InlineData("She had a history of allergy to iodinated contrast.", "Z91.041", "allergy to iodinated contrast")]
    [InlineData("As personal history he is allergic to sulfamides.", "Z88.2", "allergic to sulfamides")]
    [InlineData("Since the age of ten he needed a wheelchair.", "Z99.3", "needed a wheelchair")]
    [InlineData("She has coronary disease.", "I25.10", "coronary disease")]
    [InlineData("Coronary angiography showed a 90% stenosis of the right coronary artery.", "I25.10", "stenosis of the right coronary artery")]
    [InlineData("MRI showed a psoas abscess.", "K68.12", "psoas abscess")]
    [InlineData("She had arthrosis of both hips.", "M16.0", "arthrosis of both hips")]
    [InlineData("He has osteoarthritis of both knees.", "M17.0", "osteoarthritis of both knees")]
    [InlineData("Rheumatoid arthritis under chronic corticosteroid treatment.", "Z79.52", "chronic corticosteroid treatment")]
    [InlineData("She has steroid-dependent asthma.", "Z79.52", "steroid-dependent")]
    [InlineData("His history included alcoholic chronic pancreatitis.", "K86.0", "alcoholic chronic pancreatitis")]
    [InlineData("ECG confirmed an acute inferior myocardial infarction.", "I21.19", "inferior myocardial infarction")]
    [InlineData("With the diagnosis of inferoposterior AMI he received thrombolysis.", "I21.19", "inferoposterior AMI")]
    [InlineData("He was admitted with an anterior wall MI.", "I21.09", "anterior wall MI")]
    [InlineData("The echocardiogram showed akinesia after a posterior AMI.", "I21.29", "posterior AMI")]
    public void ConditionOfANamedOrganIsCodedToThatOrgan(string text, string code, string evidence)
    {
        var suggestion = Assert.Single(Codes(text), suggestion => suggestion.Code == code);

        Assert.Equal(evidence, Assert.Single(suggestion.Evidence).Text);
    }

    [Theory]
    [InlineData("She had refractory sciatica and a discal hernia at L5-S1.")]
    [InlineData("MRI showed a herniated disc.")]
    public void DiscHerniaIsNotAnAbdominalHernia(string text)
    {
        Assert.DoesNotContain(Codes(text), suggestion => suggestion.Code == "K46.9");
    }

    [Theory]
    [InlineData("Visual acuity was 1.0 in both eyes (OA).", "M19.90")]
    [InlineData("Glaucoma controlled with hypotensive eye drops.", "I95.9")]
    [InlineData("She continued her hypotensive medication.", "I95.9")]
    [InlineData("Ultrasound showed a gall bladder calculus.", "N21.0")]
    [InlineData("She had Ludwig's angina.", "I20.9")]
    [InlineData("He reported fecal incontinence.", "N39.42")]
    [InlineData("She denied any allergy to penicillin.", "Z88.0")]
    [InlineData("No known allergies; contrast was given without incident.", "Z91.041")]
    [InlineData("She has coronary disease.", "I25.119")]
    public void WordsOfAnotherConditionAreNotReadAsThisCode(string text, string code)
    {
        Assert.DoesNotContain(Codes(text), suggestion => suggestion.Code == code);
    }

    [Theory]
    [InlineData("He was hypotensive on arrival.", "I95.9")]
    [InlineData("She has stable angina.", "I20.9")]
    [InlineData("He has osteoarthritis.", "M19.90")]
    public void TheConditionItselfKeepsItsCode(string text, string code)
    {
        Assert.Contains(Codes(text), suggestion => suggestion.Code == code);
    }

    [Theory]
    [InlineData("He had a reducible inguinal hernia.", "K40.90")]
    [InlineData("Examination showed a hernia.", "K46.9")]
    [InlineData("Small left pleural effusion.", "J90")]
    [InlineData("There was no mass in the kidney.", null)]
    public void OtherHerniasEffusionsAndNegatedMassesKeepTheirCodes(string text, string? code)
    {
        var codes = Codes(text).Select(suggestion => suggestion.Code).ToArray();

        if (code is null)
        {
            Assert.DoesNotContain("N28.89", codes);
        }
        else
        {
            Assert.Contains(code, codes);
            Assert.DoesNotContain("J94.8", codes);
        }
    }

    [Theory]
    [InlineData("ECG confirmed an acute inferior myocardial infarction.")]
    [InlineData("He was admitted with an anterior wall MI.")]
    public void MyocardialInfarctionOfANamedWallIsNotAlsoTheUnspecifiedOne(string text)
    {
        Assert.DoesNotContain(Codes(text), suggestion => suggestion.Code is "I21.9" or "I21.3");
    }

    [Theory]
    [InlineData("The lungs are hyperinflated and emphysematous.", "emphysematous")]
    [InlineData("Large emphysematous bullae at both apices.", "emphysematous bullae")]
    [InlineData("There are emphysematous changes.", "emphysematous changes")]
    public void EmphysematousLungIsEmphysema(string text, string evidence)
    {
        Assert.Equal(evidence, Assert.Single(Assert.Single(Codes(text), suggestion => suggestion.Code == "J43.9").Evidence).Text);
    }

    [Theory]
    [InlineData("CT showed an emphysematous cyst of the bladder wall.")]
    [InlineData("Emphysematous cholecystitis was diagnosed.")]
    public void EmphysematousInfectionOfAnotherOrganIsNoPulmonaryEmphysema(string text)
    {
        Assert.DoesNotContain(Codes(text), suggestion => suggestion.Code == "J43.9");
    }

    [Fact]
    public void MyocardialInfarctionOfNoNamedWallKeepsTheUnspecifiedCode()
    {
        Assert.Contains(Codes("He was admitted with an acute myocardial infarction."), suggestion => suggestion.Code == "I21.9");
    }

    [Theory]
    [InlineData("He has a history of myocardial infarction and hypertension.", "myocardial infarction")]
    [InlineData("She had an acute myocardial infarction 12 years ago.", "acute myocardial infarction")]
    [InlineData("PAST MEDICAL HISTORY: MI, hypertension.", "MI")]
    [InlineData("A history of inferior myocardial infarction treated with a stent.", "inferior myocardial infarction")]
    [InlineData("Seen in September 2000 for hemiparesis. His history included hypertension and myocardial infarction in 1999.", "myocardial infarction")]
    [InlineData("Myocardial infarction in March 1998; admitted in 2003 for pneumonia.", "Myocardial infarction")]
    [InlineData("A 70-year-old man who had a myocardial infarction at the age of 52 came with dyspnea.", "myocardial infarction")]
    public void MyocardialInfarctionInTheHistoryIsAnOldOne(string text, string evidence)
    {
        var codes = Codes(text);

        Assert.Equal(evidence, Assert.Single(Assert.Single(codes, suggestion => suggestion.Code == "I25.2").Evidence).Text);
        Assert.DoesNotContain(codes, suggestion => suggestion.Code.StartsWith("I21", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("She was admitted with an acute myocardial infarction.")]
    [InlineData("No history of myocardial infarction.")]
    [InlineData("His father had a myocardial infarction at 50.")]
    [InlineData("He was admitted for an acute myocardial infarction in 2004 and discharged a week later.")]
    [InlineData("Myocardial infarction in 2004; followed up in 2004.")]
    public void MyocardialInfarctionNotInThePatientsHistoryIsNoOldOne(string text)
    {
        Assert.DoesNotContain(Codes(text), suggestion => suggestion.Code == "I25.2");
    }

    [Theory]
    [InlineData("She has a history of hysterectomy for fibroids.", "Z90.710", "hysterectomy")]
    [InlineData("Personal history: hysterectomy 20 years ago.", "Z90.710", "hysterectomy")]
    [InlineData("A 46-year-old hysterectomized woman came with flank pain.", "Z90.710", "hysterectomized")]
    [InlineData("He has a history of partial gastrectomy for a peptic ulcer.", "Z90.3", "partial gastrectomy")]
    [InlineData("She has a history of aortic valve replacement for endocarditis.", "Z95.2", "aortic valve replacement")]
    [InlineData("He carries a mechanical mitral valve and takes warfarin.", "Z95.2", "mechanical mitral valve")]
    [InlineData("COPD treated with inhalers and chronic home oxygen.", "Z99.81", "chronic home oxygen")]
    [InlineData("PAST SURGICAL HISTORY: Lumpectomy, hysterectomy.", "Z90.710", "hysterectomy")]
    [InlineData("PAST MEDICAL HISTORY: Hypertension, hysterectomy, osteoporosis.", "Z90.710", "hysterectomy")]
    [InlineData("History of renal transplantation in 2005 for polycystic kidneys.", "Z94.0", "renal transplantation")]
    [InlineData("Status post orthotopic liver transplant.", "Z94.4", "orthotopic liver transplant")]
    [InlineData("She underwent allogeneic stem cell transplantation 3 years ago.", "Z94.84", "allogeneic stem cell transplantation")]
    [InlineData("A heart transplant recipient on tacrolimus.", "Z94.1", "heart transplant recipient")]
    [InlineData("Coronary stent placed last year; on clopidogrel since.", "Z79.02", "clopidogrel")]
    [InlineData("A 51-year-old man with no relevant history except vasectomy at 44 years of age came for a scrotal swelling.", "Z98.52", "vasectomy")]
    [InlineData("A 38-year-old woman who received a kidney transplant at age 30 presented with fever.", "Z94.0", "kidney transplant")]
    [InlineData("Seen in May 2011 for fever. He received a liver transplant in 2006.", "Z94.4", "liver transplant")]
    public void PastProcedureLeavesItsStatus(string text, string code, string evidence)
    {
        var suggestion = Assert.Single(Codes(text), suggestion => suggestion.Code == code);

        Assert.Equal(evidence, Assert.Single(suggestion.Evidence).Text);
    }

    [Theory]
    [InlineData("A 60-year-old woman with a history of chronic renal failure on hemodialysis since 2005.", "Z99.2", "on hemodialysis")]
    [InlineData("In 2002 she was included in a regular haemodialysis programme.", "Z99.2", "regular haemodialysis")]
    [InlineData("He has been in a peritoneal dialysis program since January.", "Z99.2", "peritoneal dialysis program")]
    [InlineData("He has a history of corticosteroid-dependent asthma.", "Z79.52", "corticosteroid-dependent")]
    [InlineData("The patient continued to receive chronic dexamethasone treatment.", "Z79.52", "chronic dexamethasone")]
    [InlineData("Seven months later she was on maintenance therapy with prednisone.", "Z79.52", "maintenance therapy with prednisone")]
    [InlineData("Eight months later she was on prednisone 5 mg/day.", "Z79.52", "on prednisone")]
    public void LongTermTherapyOrDialysisStatedInAHistoryIsCurrent(string text, string code, string evidence)
    {
        var suggestion = Assert.Single(Codes(text), suggestion => suggestion.Code == code);

        Assert.Equal(evidence, Assert.Single(suggestion.Evidence).Text);
    }

    [Theory]
    [InlineData("History of acute renal failure that required several hemodialysis sessions.", "Z99.2")]
    [InlineData("Her mother is on hemodialysis.", "Z99.2")]
    [InlineData("No history of dialysis.", "Z99.2")]
    [InlineData("Treatment with prednisone 1 mg/kg/day was started.", "Z79.52")]
    [InlineData("On admission, treatment with oral prednisone was started.", "Z79.52")]
    public void DialysisSessionsOrASteroidCourseAreNoStatus(string text, string code)
    {
        Assert.DoesNotContain(Codes(text), suggestion => suggestion.Code == code);
    }

    [Theory]
    [InlineData("Blood cultures grew Staphylococcus epidermidis resistant to methicillin.", "resistant to methicillin")]
    [InlineData("The swab grew S. aureus (resistant to penicillin, sensitive to cloxacillin).", "resistant to penicillin")]
    [InlineData("Stool culture grew Shigella resistant according to the antibiogram to ampicillin.", "resistant according to the antibiogram to ampicillin")]
    [InlineData("Blood cultures grew a methicillin-resistant coagulase-negative staphylococcus.", "methicillin-resistant")]
    public void BacteriumResistantToAPenicillinGivesTheResistance(string text, string evidence)
    {
        var suggestion = Assert.Single(Codes(text), suggestion => suggestion.Code == "Z16.11");

        Assert.Equal(evidence, Assert.Single(suggestion.Evidence).Text);
    }

    [Theory]
    [InlineData("Urine culture grew methicillin-resistant Staphylococcus aureus.")]
    [InlineData("The antibiogram showed resistance to metronidazole and sensitivity to penicillin.")]
    [InlineData("The strain was not resistant to penicillin.")]
    public void MrsaASensitivityOrANegatedResistanceGivesNoPenicillinResistance(string text)
    {
        Assert.DoesNotContain(Codes(text), suggestion => suggestion.Code == "Z16.11");
    }

    [Theory]
    [InlineData("A total hysterectomy was performed without complications.")]
    [InlineData("The tumour was treated by partial gastrectomy.")]
    [InlineData("Her sister had a hysterectomy.")]
    [InlineData("A mitral valve replacement was performed on the third day.")]
    [InlineData("A kidney transplant from a living donor was performed without complications.")]
    [InlineData("She underwent penetrating keratoplasty of the left eye.")]
    [InlineData("A 44-year-old man requested a vasectomy at 44 years of age.")]
    [InlineData("Admitted in 2011, he received a liver transplant in 2011.")]
    public void ProcedureTheReportDoesLeavesNoStatusYet(string text)
    {
        Assert.DoesNotContain(Codes(text), suggestion => suggestion.Code is "Z90.710" or "Z90.3" or "Z95.2" or "Z94.0" or "Z94.7");
    }

    [Theory]
    [InlineData("PAST SURGICAL HISTORY: Bilateral inguinal hernia repair, right shoulder surgery.", "K40.20")]
    [InlineData("PAST SURGICAL HISTORY: Appendectomy, carpal tunnel release in 2005.", "G56.00")]
    [InlineData("PSH: Cataract surgery in both eyes.", "H26.9")]
    public void ConditionAPastOperationTreatedIsNotCurrent(string text, string code)
    {
        Assert.DoesNotContain(Codes(text), suggestion => suggestion.Code.StartsWith(code[..3], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("PAST SURGICAL HISTORY: CABG for coronary artery disease in 2010.", "I25.10")]
    [InlineData("PAST SURGICAL HISTORY: Left knee arthroscopy.\nPAST MEDICAL HISTORY: Hypertension, gastritis.", "K29.70")]
    public void LastingConditionUnderPastOperationsAndAnyConditionUnderPastMedicalHistoryStayCurrent(string text, string code)
    {
        Assert.Contains(Codes(text), suggestion => suggestion.Code == code);
    }

    [Fact]
    public void ChronicAlcoholicPancreatitisIsNotTheAcuteOne()
    {
        Assert.DoesNotContain(Codes("His history included alcoholic chronic pancreatitis."), suggestion => suggestion.Code is "K85.20" or "K86.1");
    }

    [Theory]
    [InlineData("No significant coronary lesions were observed.")]
    [InlineData("Angiography showed a stenosis of the right renal artery.")]
    public void StenosisThatIsNegatedOrOfAnotherArteryIsNoCoronaryDisease(string text)
    {
        Assert.DoesNotContain(Codes(text), suggestion => suggestion.Code == "I25.10");
    }

    [Theory]
    [InlineData("Past history: biliary lithiasis with a stasis pattern on ultrasound.")]
    [InlineData("Ultrasound showed biliary calculi.")]
    public void BiliaryLithiasisIsAStoneOfTheGallbladder(string text)
    {
        Assert.Contains(Codes(text), suggestion => suggestion.Code == "K80.20");
    }

    [Fact]
    public void NegatedBiliaryLithiasisIsNotCoded()
    {
        Assert.DoesNotContain(Codes("No causes were found, including alcoholism, biliary lithiasis or trauma."), suggestion => suggestion.Code.StartsWith("K80", StringComparison.Ordinal));
    }
}
