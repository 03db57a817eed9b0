using MedDoc.Engine.Assertions;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Tests.Assertions;

public sealed class AssertionDetectorTests
{
    private static readonly AssertionDetector Detector = new();

    private static AssertionDecision Assess(string sentence, string target)
    {
        var start = sentence.IndexOf(target, StringComparison.Ordinal);
        return Detector.Assess(TextModel.Read(sentence), Span.Of(sentence, start, start + target.Length));
    }

    [Theory]
    [InlineData("No pleural effusion.", "pleural effusion", Assertion.Negated, "No")]
    [InlineData("Pneumothorax is not seen.", "Pneumothorax", Assertion.Negated, "not seen")]
    [InlineData("Pneumothorax is not seen on this study.", "Pneumothorax", Assertion.Negated, "not seen")]
    [InlineData("Effusion is not seen on the lateral view.", "Effusion", Assertion.Negated, "not seen")]
    [InlineData("The effusions have resolved.", "effusions", Assertion.Negated, "have resolved")]
    [InlineData("Without evidence of pneumothorax.", "pneumothorax", Assertion.Negated, "Without evidence of")]
    [InlineData("Lungs are free of consolidation.", "consolidation", Assertion.Negated, "free of")]
    [InlineData("Negative for pneumonia.", "pneumonia", Assertion.Negated, "Negative for")]
    [InlineData("Margins uninvolved by invasive carcinoma.", "carcinoma", Assertion.Negated, "uninvolved by")]
    [InlineData("Denies: chest pain, fever.", "fever", Assertion.Negated, "Denies")]
    [InlineData("Has not noted any fever or chills.", "chills", Assertion.Negated, "Has not noted")]
    [InlineData("They ruled out appendicitis as well as an ovarian cyst.", "ovarian cyst", Assertion.Negated, "They ruled out")]
    [InlineData("A bone scan was performed, which ruled out metastases.", "metastases", Assertion.Negated, "which ruled out")]
    [InlineData("She needs to call for any shortness of breath, fever or chest pain.", "chest pain", Assertion.Hypothetical, "call for")]
    [InlineData("Echocardiography that ruled out endocarditis was normal.", "endocarditis", Assertion.Negated, "that ruled out")]
    [InlineData("I doubt the patient has Behcet disease.", "Behcet disease", Assertion.Possible, "I doubt")]
    [InlineData("I am concerned about Clostridium difficile infection.", "Clostridium difficile infection", Assertion.Possible, "I am concerned about")]
    [InlineData("See the enclosed WOMAC osteoarthritis index.", "osteoarthritis", Assertion.Hypothetical, "index")]
    [InlineData("Inspection of her eyes failed to show any nystagmus.", "nystagmus", Assertion.Negated, "failed to show")]
    [InlineData("He was given precautions for drowsiness and driving.", "drowsiness", Assertion.Hypothetical, "precautions for")]
    [InlineData("Tobacco: smokes none.", "smokes", Assertion.Negated, "none")]
    [InlineData("His last tetanus booster was in 2003.", "tetanus", Assertion.Hypothetical, "booster")]
    [InlineData("Hepatitis B vaccination before discharge.", "Hepatitis B", Assertion.Hypothetical, "vaccination")]
    [InlineData("She was vaccinated against hepatitis B.", "hepatitis B", Assertion.Hypothetical, "vaccinated against")]
    [InlineData("He may develop opioid dependence.", "opioid dependence", Assertion.Hypothetical, "may develop")]
    [InlineData("We will add HIV serologies to the workup.", "HIV", Assertion.Hypothetical, "serologies")]
    [InlineData("GC and chlamydia cultures were done.", "chlamydia", Assertion.Hypothetical, "cultures")]
    [InlineData("Mutations were found in the PAH gene.", "PAH", Assertion.Hypothetical, "gene")]
    [InlineData("Check an ANCA and hepatitis profile.", "hepatitis", Assertion.Hypothetical, "profile")]
    [InlineData("It seems unlikely that she has glomerular disease.", "glomerular disease", Assertion.Negated, "unlikely that")]
    [InlineData("Hyperkeratotic papules mimicking viral warts on both palms.", "viral warts", Assertion.Possible, "mimicking")]
    [InlineData("She was admitted for prophylactic surgery for breast cancer.", "breast cancer", Assertion.Hypothetical, "prophylactic")]
    [InlineData("She was treated with pneumonia vaccine before the trip.", "pneumonia", Assertion.Hypothetical, "treated with")]
    [InlineData("Usual treatment with amyloidosis, simvastatin and aspirin.", "amyloidosis", Assertion.Hypothetical, "treatment with")]
    [InlineData("Preventive treatment of endocarditis was given.", "endocarditis", Assertion.Hypothetical, "Preventive")]
    [InlineData("Diabetes on diet, doubtful epididymal tuberculosis and hematuria.", "epididymal tuberculosis", Assertion.Possible, "doubtful")]
    [InlineData("Given the high probability that the mass represents a high-grade glioma, surgery was chosen.", "glioma", Assertion.Possible, "high probability that")]
    [InlineData("Perfusion defects consistent with high probability pulmonary embolism.", "pulmonary embolism", Assertion.Possible, "high probability")]
    [InlineData("Assessment: choledocholithiasis, ? cholecystitis.", "cholecystitis", Assertion.Possible, "?")]
    [InlineData("PMH: peptic ulcer, ?stroke and memory difficulty.", "stroke", Assertion.Possible, "?")]
    [InlineData("These can cause a syndrome virtually identical to hydrocephalus.", "hydrocephalus", Assertion.Possible, "identical to")]
    [InlineData("Spindle cells with areas similar to those of fibromatosis.", "fibromatosis", Assertion.Possible, "similar to")]
    [InlineData("An abscess masquerading as a sarcoma.", "sarcoma", Assertion.Possible, "masquerading as")]
    [InlineData("A CT scan to determine whether he has hydrocephalus.", "hydrocephalus", Assertion.Possible, "whether")]
    [InlineData("A CT scan to determine whether or not he has hydrocephalus.", "hydrocephalus", Assertion.Possible, "whether or not")]
    [InlineData("Staphylococcus grew, but it is unknown yet whether it is methicillin-resistant.", "methicillin-resistant", Assertion.Possible, "whether")]
    [InlineData("Markers of cryoglobulinemia and antiphospholipid antibodies were sent.", "cryoglobulinemia", Assertion.Hypothetical, "Markers of")]
    [InlineData("Discontinue Plavix.", "Plavix", Assertion.Negated, "Discontinue")]
    [InlineData("Varicosities are not observed.", "Varicosities", Assertion.Negated, "not observed")]
    [InlineData("Musculoskeletal: (-) back pain (chronic) (-) decreased ROM.", "back pain", Assertion.Negated, "(-)")]
    [InlineData("He has completed a 3 shot series for hepatitis B.", "hepatitis B", Assertion.Hypothetical, "shot series for")]
    [InlineData("He has had a smoking history, but he quit several years ago.", "smoking", Assertion.Historical, "but he quit")]
    [InlineData("By report, he came off his insulin last year.", "insulin", Assertion.Negated, "came off")]
    [InlineData("She is at higher risk for having a stroke.", "stroke", Assertion.Hypothetical, "risk for")]
    [InlineData("We discussed weight loss options.", "weight loss", Assertion.Hypothetical, "options")]
    [InlineData("Oximetry is pending to evaluate the need for home oxygen.", "home oxygen", Assertion.Hypothetical, "need for")]
    [InlineData("Antiplatelet agents unless a near occlusion of the carotid arteries is demonstrated.", "occlusion of the carotid arteries", Assertion.Hypothetical, "unless")]
    [InlineData("Check HIV and RPR.", "HIV", Assertion.Hypothetical, "Check")]
    [InlineData("Toxicities would include fatigue, nausea, and myelosuppression.", "nausea", Assertion.Hypothetical, "Toxicities would include")]
    [InlineData("There is a question if there is mild fluid overload.", "fluid overload", Assertion.Possible, "question if there is")]
    [InlineData("Coumadin due to his potentially paroxysmal atrial fibrillation.", "paroxysmal atrial fibrillation", Assertion.Possible, "potentially")]
    [InlineData("Intimal changes that would be consistent with atherosclerosis.", "atherosclerosis", Assertion.Possible, "would be consistent")]
    [InlineData("Antibiotics are given if there is pneumonia.", "pneumonia", Assertion.Hypothetical, "if there is")]
    [InlineData("He should check the groin for bleeding, edema, and signs of infection.", "infection", Assertion.Hypothetical, "should")]
    [InlineData("3) Chronic obstructive pulmonary disease?", "Chronic obstructive pulmonary disease", Assertion.Possible, "?")]
    [InlineData("Another consideration would be a low grade astrocytoma.", "astrocytoma", Assertion.Possible, "consideration would be")]
    [InlineData("Calcium is given in the event of hypoparathyroidism.", "hypoparathyroidism", Assertion.Hypothetical, "in the event of")]
    [InlineData("Send for fecal leukocytes, ova and parasites, and C. difficile.", "C. difficile", Assertion.Hypothetical, "Send for")]
    [InlineData("I would discuss it with the family before any workup for multiple myeloma.", "multiple myeloma", Assertion.Hypothetical, "workup for")]
    [InlineData("The patient relates that he may have had a seizure before that.", "seizure", Assertion.Possible, "may have")]
    [InlineData("He may have mild iron deficiency.", "iron deficiency", Assertion.Possible, "may have")]
    [InlineData("The Mattis Dementia Rating Scale was given.", "Dementia", Assertion.Hypothetical, "Rating Scale")]
    [InlineData("She had another child who, due to cardiac arrest, died at 3 months.", "cardiac arrest", Assertion.Family, "another child")]
    [InlineData("Serology for HIV and hepatitis B was positive.", "HIV", Assertion.Hypothetical, "Serology for")]
    [InlineData("An influenza PCR was not positive.", "influenza", Assertion.Hypothetical, "PCR")]
    [InlineData("Acetaminophen was given to help prevent febrile seizures.", "febrile seizures", Assertion.Hypothetical, "help prevent")]
    [InlineData("There is no evidence of pneumothorax.", "pneumothorax", Assertion.Negated, "no evidence of")]
    [InlineData("Pneumonia cannot be excluded.", "Pneumonia", Assertion.Possible, "cannot be excluded")]
    [InlineData("Cannot exclude early pneumonia.", "pneumonia", Assertion.Possible, "Cannot exclude")]
    [InlineData("The opacity may represent atelectasis.", "atelectasis", Assertion.Possible, "may represent")]
    [InlineData("Opacity suspicious for pneumonia.", "pneumonia", Assertion.Possible, "suspicious for")]
    [InlineData("She was thought to have temporal arteritis and had a biopsy.", "temporal arteritis", Assertion.Possible, "thought to have")]
    [InlineData("Atelectasis versus pneumonia.", "pneumonia", Assertion.Possible, "versus")]
    [InlineData("Atelectasis versus pneumonia.", "Atelectasis", Assertion.Possible, "versus")]
    [InlineData("Basilar opacity, question small right pleural effusion.", "pleural effusion", Assertion.Possible, "question")]
    [InlineData("He did not present arthritis.", "arthritis", Assertion.Negated, "did not present")]
    [InlineData("She did not present loss of consciousness, fever or chest pain.", "chest pain", Assertion.Negated, "did not present")]
    [InlineData("A CT scan was performed, ruling out pneumothorax.", "pneumothorax", Assertion.Negated, "ruling out")]
    [InlineData("Blood counts were normal, discarding anemia.", "anemia", Assertion.Negated, "discarding")]
    [InlineData("Endocarditis was discarded.", "Endocarditis", Assertion.Negated, "was discarded")]
    [InlineData("Rule out pneumonia.", "pneumonia", Assertion.Hypothetical, "Rule out")]
    [InlineData("Return if chest pain recurs.", "chest pain", Assertion.Hypothetical, "Return if")]
    [InlineData("History of pneumothorax.", "pneumothorax", Assertion.Historical, "History of")]
    [InlineData("Status post lobectomy.", "lobectomy", Assertion.Historical, "Status post")]
    [InlineData("Family history of emphysema.", "emphysema", Assertion.Family, "Family history of")]
    [InlineData("She was unsure of familial history of hypertension.", "hypertension", Assertion.Family, "familial history of")]
    [InlineData("A couple of friends of his have had heart attacks.", "heart attacks", Assertion.Family, "friends")]
    [InlineData("Tuberculosis was suspected and a bronchoscopy was done.", "Tuberculosis", Assertion.Possible, "was suspected")]
    [InlineData("The differential entertained includes migraine and hypertensive emergency.", "hypertensive emergency", Assertion.Possible, "The differential")]
    [InlineData("IMPRESSION: Diffuse aspiration pneumonitis suggested.", "aspiration pneumonitis", Assertion.Possible, "suggested")]
    [InlineData("Back pain: none.", "Back pain", Assertion.Negated, ": none")]
    [InlineData("Bone metastases were suspected.", "Bone metastases", Assertion.Possible, "were suspected")]
    [InlineData("We discussed the possibility of hypoparathyroidism after surgery.", "hypoparathyroidism", Assertion.Possible, "possibility of")]
    [InlineData("I ordered a metabolic panel and a hepatitis B panel.", "hepatitis B", Assertion.Hypothetical, "ordered")]
    [InlineData("Mother has breast cancer.", "breast cancer", Assertion.Family, "Mother")]
    [InlineData("His father, who had diabetes, died at 60.", "diabetes", Assertion.Family, "father")]
    [InlineData("A relative who had breast cancer.", "breast cancer", Assertion.Family, "A relative who")]
    [InlineData("Several relatives with colon cancer.", "colon cancer", Assertion.Family, "relatives with")]
    [InlineData("History of hypertension, her mother had breast cancer.", "breast cancer", Assertion.Family, "mother")]
    public void TriggerDecidesTheAssertion(string sentence, string target, Assertion expected, string trigger)
    {
        var decision = Assess(sentence, target);

        Assert.Equal(expected, decision.Assertion);
        var start = sentence.IndexOf(trigger, StringComparison.Ordinal);
        Assert.Equal(new Span(start, start + trigger.Length, trigger), decision.Trigger);
    }

    [Theory]
    [InlineData("No change in the small left effusion.", "effusion")]
    [InlineData("Not only pneumonia is seen.", "pneumonia")]
    [InlineData("No interval change in cardiomegaly.", "cardiomegaly")]
    [InlineData("A 72 year old with pneumonia.", "pneumonia")]
    [InlineData("A boy, five months old, suffered from strabismus.", "strabismus")]
    [InlineData("A girl, 10 days old, with jaundice.", "jaundice")]
    [InlineData("Compared to prior, mild cardiomegaly is stable.", "cardiomegaly")]
    [InlineData("Pleural effusion is unchanged from the previous study.", "Pleural effusion")]
    [InlineData("Recommend CT to characterize the nodule.", "nodule")]
    [InlineData("Redemonstration without significant interval change of mild atelectasis.", "atelectasis")]
    [InlineData("A 68-year-old man without known allergies, with hypertension and gout.", "hypertension")]
    [InlineData("Right upper lobe nodule, unchanged appearance from previous examination 7 years ago.", "nodule")]
    [InlineData("History of asthma, compared with prior study 2 years ago a small effusion.", "effusion")]
    [InlineData("The tooth in question had caries.", "caries")]
    [InlineData("SPECIFIC CLINICAL QUESTION: colon cancer.", "colon cancer")]
    [InlineData("No known drug allergies; hypothyroidism on levothyroxine.", "hypothyroidism")]
    [InlineData("A 45-year-old woman with no relevant medical history, ex-smoker for 15 years.", "ex-smoker")]
    [InlineData("A man without relevant past medical history presented with melanoma of the back.", "melanoma")]
    [InlineData("No relevant personal history, gastroesophageal reflux disease on omeprazole.", "gastroesophageal reflux disease")]
    [InlineData("A 41-year-old man with no toxic habits and type 2 diabetes.", "type 2 diabetes")]
    [InlineData("Hypertension found 6 months ago without treatment, heart failure for 6 months.", "heart failure")]
    [InlineData("Mild myopia without optical correction and type 2 diabetes mellitus on metformin.", "type 2 diabetes mellitus")]
    [InlineData("Antibiotics were given without improvement of the cellulitis.", "cellulitis")]
    [InlineData("Surgery was performed without incidents, and a deep vein thrombosis developed on day 4.", "deep vein thrombosis")]
    [InlineData("The patient does not improve and develops diplopia and ptosis.", "diplopia")]
    [InlineData("There was no response to antibiotics and the fever persisted.", "fever")]
    [InlineData("A renal biopsy was not performed and the nephrotic syndrome was attributed to amyloidosis.", "nephrotic syndrome")]
    [InlineData("Morphine was increased without achieving pain control, and vomiting appeared.", "vomiting")]
    [InlineData("Cause of death: it was considered that urinary tract infection was the intermediate cause.", "urinary tract infection")]
    [InlineData("There is a 9 mm right lower lobe nodule, not seen on prior exams.", "nodule")]
    [InlineData("The influenza PCR was positive.", "influenza")]
    [InlineData("Influenza test came back positive.", "Influenza")]
    [InlineData("Serology for syphilis was positive.", "syphilis")]
    [InlineData("Positive serology for syphilis.", "syphilis")]
    [InlineData("Chlamydia culture was positive.", "Chlamydia")]
    [InlineData("Hepatitis C serology: reactive.", "Hepatitis C")]
    [InlineData("The hepatitis panel was positive for hepatitis C.", "hepatitis")]
    [InlineData("The radiograph shows cardiomegaly, not present in a previous study.", "cardiomegaly")]
    [InlineData("A left basilar opacity, not identified on the earlier radiograph.", "opacity")]
    [InlineData("Small right effusion, not evident on prior imaging.", "effusion")]
    [InlineData("Not visible on the previous study, a 5 mm nodule is now seen.", "nodule")]
    [InlineData("Pain similar to a cramp was followed by jaundice.", "jaundice")]
    [InlineData("A lesion mimicking a cyst was removed from the back of a patient with psoriasis.", "psoriasis")]
    [InlineData("Pneumonia, similar to the prior episode.", "Pneumonia")]
    [InlineData("Prophylactic antibiotics were given before the surgery, and the patient later developed pneumonia.", "pneumonia")]
    [InlineData("A low probability of recurrence was discussed; the cholangitis resolved.", "cholangitis")]
    [InlineData("Assessment: choledocholithiasis, ? cholecystitis.", "choledocholithiasis")]
    [InlineData("PMH: peptic ulcer, ?stroke and memory difficulty.", "peptic ulcer")]
    [InlineData("Any fever? Pneumonia was diagnosed last week.", "Pneumonia")]
    public void PseudoTriggerLeavesTheMentionPresent(string sentence, string target)
    {
        Assert.Equal(AssertionDecision.Present, Assess(sentence, target));
    }

    [Theory]
    [InlineData("No effusion but mild cardiomegaly.", "cardiomegaly")]
    [InlineData("No pneumothorax; small effusion.", "effusion")]
    [InlineData("No pneumothorax, however there is atelectasis.", "atelectasis")]
    [InlineData("No pneumothorax. Small effusion.", "effusion")]
    [InlineData("A 58-year-old man with no family history of interest, with hypertension treated with enalapril.", "hypertension")]
    [InlineData("No history of interest, nocturnal enuresis until the age of 7.", "nocturnal enuresis")]
    [InlineData("A man with a history of gastritis was admitted for the study of nephrotic syndrome.", "nephrotic syndrome")]
    [InlineData("No treatment was given and the patient was admitted to palliative care.", "palliative care")]
    [InlineData("A woman with a history of asthma consulted for jaundice.", "jaundice")]
    [InlineData("No fever; she was referred for jaundice.", "jaundice")]
    [InlineData("With a history of asthma, he came to the clinic with diarrhoea.", "diarrhoea")]
    public void TerminatorOrSentenceEndClosesTheScope(string sentence, string target)
    {
        Assert.Equal(Assertion.Present, Assess(sentence, target).Assertion);
    }

    [Theory]
    [InlineData("A man with a history of gastritis was admitted for jaundice.", "gastritis")]
    [InlineData("No fever or chills; admitted for jaundice.", "chills")]
    public void AnEncounterVerbEndsOnlyTheScopeAfterIt(string sentence, string target)
    {
        Assert.NotEqual(Assertion.Present, Assess(sentence, target).Assertion);
    }

    [Theory]
    [InlineData("Her mother presented with breast cancer at 50.", "breast cancer")]
    [InlineData("His father was admitted for a myocardial infarction.", "myocardial infarction")]
    public void AnEncounterVerbKeepsTheRelativeAsItsSubject(string sentence, string target)
    {
        Assert.Equal(Assertion.Family, Assess(sentence, target).Assertion);
    }

    [Theory]
    [InlineData("The child presented with fever and a cough.", "fever")]
    [InlineData("A 4-year-old child with asthma was admitted.", "asthma")]
    public void ThePatientCalledTheChildIsNoRelative(string sentence, string target)
    {
        Assert.Equal(Assertion.Present, Assess(sentence, target).Assertion);
    }

    [Theory]
    [InlineData("Follow up pneumothorax.", "pneumothorax", Assertion.Hypothetical)]
    [InlineData("During follow-up, the patient reported worsening dyspnoea.", "dyspnoea", Assertion.Present)]
    [InlineData("Risk of pulmonary embolism.", "pulmonary embolism", Assertion.Hypothetical)]
    [InlineData("The risk of recurrence is high given the involved margins and the lymphadenopathy.", "lymphadenopathy", Assertion.Present)]
    public void AFollowUpOrRiskWordReachesOnlyTheWordsRightAfterIt(string sentence, string target, Assertion expected)
    {
        Assert.Equal(expected, Assess(sentence, target).Assertion);
    }

    [Theory]
    [InlineData("She was treated with pneumonia vaccine before the trip.", "pneumonia", Assertion.Hypothetical)]
    [InlineData("She was treated with antibiotics for pneumonia.", "pneumonia", Assertion.Present)]
    [InlineData("Pneumonia treated with antibiotics resolved slowly.", "Pneumonia", Assertion.Present)]
    public void TheTreatmentGivenIsOnlyTheWordsRightAfterTreatedWith(string sentence, string target, Assertion expected)
    {
        Assert.Equal(expected, Assess(sentence, target).Assertion);
    }

    [Theory]
    [InlineData("A woman with asthma who lives with her mother.", "asthma")]
    [InlineData("Mother who has diabetes; patient has asthma.", "asthma")]
    [InlineData("A man without hypertension who came for chest pain.", "chest pain")]
    [InlineData("She has hypertension and diabetes under treatment, her mother had breast cancer.", "diabetes")]
    [InlineData("He has asthma, his father had diabetes.", "asthma")]
    public void ClauseAboutARelativeEndsEveryScopeButTheRelativesOwn(string sentence, string target)
    {
        Assert.Equal(Assertion.Present, Assess(sentence, target).Assertion);
    }

    [Fact]
    public void AFamilyHistoryOfInterestStatementDoesNotEndANegationAfterIt()
    {
        Assert.Equal(Assertion.Negated, Assess("No family history of interest and no diabetes.", "diabetes").Assertion);
    }

    [Fact]
    public void ANegationAfterAStatementOfNoRelevantHistoryStillNegates()
    {
        Assert.Equal(Assertion.Negated, Assess("No relevant medical history and no diabetes.", "diabetes").Assertion);
    }

    [Theory]
    [InlineData("Discharged without fever, cough or dyspnea.", "dyspnea")]
    [InlineData("Surgery without complications and without pneumonia.", "pneumonia")]
    [InlineData("Uneventful course without any complication of hemorrhage.", "hemorrhage")]
    public void WithoutFollowedByAConditionStillNegatesIt(string sentence, string target)
    {
        Assert.Equal(Assertion.Negated, Assess(sentence, target).Assertion);
    }

    [Theory]
    [InlineData("Cirrhosis of probable alcoholic origin diagnosed in 1989, bleeding varices in 1996 and portal hypertension.", "portal hypertension", Assertion.Present)]
    [InlineData("Suspected hypersensitivity reaction with extensive maculopapular rash and blistering, respiratory failure.", "respiratory failure", Assertion.Present)]
    [InlineData("Possible early right lower lobe pneumonia.", "pneumonia", Assertion.Possible)]
    [InlineData("Probable small left pleural effusion.", "pleural effusion", Assertion.Possible)]
    [InlineData("A tumor of the epididymis was the first diagnostic possibility.", "tumor", Assertion.Possible)]
    [InlineData("Multiple sclerosis was confirmed; lymphoma was the first diagnostic possibility for the mass.", "Multiple sclerosis", Assertion.Present)]
    [InlineData("Sarcoidosis was the first possibility to consider.", "Sarcoidosis", Assertion.Possible)]
    [InlineData("In patients with sickle cell disease the course varies.", "sickle cell disease", Assertion.Hypothetical)]
    [InlineData("The patient with sickle cell disease was admitted.", "sickle cell disease", Assertion.Present)]
    [InlineData("Both patients with pneumonia were discharged home.", "pneumonia", Assertion.Present)]
    public void UncertaintyReachesTheWordsItQualifiesNotTheRestOfALongSentence(string sentence, string target, Assertion expected)
    {
        Assert.Equal(expected, Assess(sentence, target).Assertion);
    }

    [Fact]
    public void ANegationAfterANegatedOutcomeStillNegates()
    {
        Assert.Equal(Assertion.Negated, Assess("The patient did not improve and had no fever.", "fever").Assertion);
    }

    [Fact]
    public void ANegationAfterTheAllergyStatementStillNegates()
    {
        Assert.Equal(Assertion.Negated, Assess("No known allergies and no diabetes.", "diabetes").Assertion);
    }

    [Fact]
    public void NegationReachesEveryItemOfAList()
    {
        const string text = "No pneumothorax, pleural effusion, or focal consolidation.";
        var tokens = MedDoc.Engine.Text.Tokenizer.Tokenize(text);
        MedDoc.Engine.Text.TokenRange[] targets = [new(1, 2), new(3, 5), new(8, 9)];

        var decisions = Detector.Assess(text, tokens, new MedDoc.Engine.Text.TokenRange(0, tokens.Count), targets);

        Assert.All(decisions, decision => Assert.Equal(new AssertionDecision(Assertion.Negated, new Span(0, 2, "No")), decision));
    }

    [Theory]
    [InlineData("HIV, HTLV-1, HSV and syphilis serologies were negative.", "HIV", "syphilis")]
    [InlineData("Toxoplasma, rubella and cytomegalovirus IgM were negative.", "Toxoplasma", "cytomegalovirus")]
    [InlineData("Hepatitis B (HBV) and hepatitis C (HCV) serologies were negative.", "Hepatitis B", "hepatitis C")]
    [InlineData("Hepatitis C virus (HCV) and HIV were negative.", "Hepatitis C", "HIV")]
    public void ANegativeResultReachesEveryItemOfTheListOfTests(string text, string first, string last)
    {
        var decisions = AssessAll(text, first, last);

        Assert.All(decisions, decision => Assert.Equal(Assertion.Negated, decision.Assertion));
    }

    [Theory]
    [InlineData("She had fever and the HIV and syphilis serologies were negative.", "fever", "syphilis")]
    [InlineData("Biopsy showed vasculitis of small vessels and the syphilis serology was negative.", "vasculitis", "syphilis")]
    [InlineData("She had hepatitis B (HBV) and the HIV serology was negative.", "hepatitis B", "HIV")]
    public void ANegativeResultDoesNotReachAMentionOutsideTheList(string text, string first, string last)
    {
        var decisions = AssessAll(text, first, last);

        Assert.Equal([Assertion.Present, Assertion.Negated], decisions.Select(decision => decision.Assertion));
    }

    [Theory]
    [InlineData("Hepatitis B and C serology was negative.", "Hepatitis B")]
    [InlineData("Influenza A or B antigen was negative.", "Influenza A")]
    [InlineData("HIV 1 and 2 antibodies were negative.", "HIV 1")]
    [InlineData("Hepatitis A, B, and C serologies were negative.", "Hepatitis A")]
    public void ANegativeResultReachesAMentionWhoseTypeIsSharedWithTheTypesAfterIt(string sentence, string target)
    {
        Assert.Equal(Assertion.Negated, Assess(sentence, target).Assertion);
    }

    [Theory]
    [InlineData("Hepatitis B and anemia; serology was negative.", "Hepatitis B")]
    [InlineData("Hepatitis B and a urine culture was negative.", "Hepatitis B")]
    [InlineData("Hepatitis B and recent urine culture was negative.", "Hepatitis B")]
    public void ANegativeResultStillStopsAtAMentionFollowedByOtherWords(string sentence, string target)
    {
        Assert.Equal(Assertion.Present, Assess(sentence, target).Assertion);
    }

    private static IReadOnlyList<AssertionDecision> AssessAll(string text, params string[] mentions)
    {
        var document = TextModel.Read(text);
        var targets = mentions
            .Select(mention => text.IndexOf(mention, StringComparison.Ordinal))
            .Select((start, i) => document.TokensIn(start, start + mentions[i].Length))
            .ToArray();
        return Detector.Assess(text, document.Tokens, document.Sentences[0], targets);
    }

    [Fact]
    public void NonAsciiTextAroundTheTriggerKeepsOffsets()
    {
        var decision = Assess("Temp 38.5 °C, µ-level ≥ 2: no pneumothorax.", "pneumothorax");

        Assert.Equal(new AssertionDecision(Assertion.Negated, new Span(27, 29, "no")), decision);
    }

    [Theory]
    [InlineData("History of asthma.", "asthma", true)]
    [InlineData("H/o asthma.", "asthma", true)]
    [InlineData("Asthma in childhood.", "Asthma", false)]
    [InlineData("Previous asthma.", "asthma", false)]
    [InlineData("Diabetes, diagnosed 10 years ago.", "Diabetes", true)]
    [InlineData("He was diagnosed with asthma in childhood.", "asthma", true)]
    [InlineData("Diabetes 10 years ago.", "Diabetes", false)]
    public void HistoryOfDatesTheOnsetWhileChildhoodOrPreviousEndsIt(string sentence, string target, bool datesOnset)
    {
        var decision = Assess(sentence, target);

        Assert.Equal(Assertion.Historical, decision.Assertion);
        Assert.Equal(datesOnset, decision.DatesOnset);
    }

    [Theory]
    [InlineData("Her history included bronchial asthma, Henoch-Schonlein purpura in childhood and appendicitis.", "bronchial asthma")]
    [InlineData("Hypertension, a tonsillectomy 20 years ago.", "Hypertension")]
    public void TimeAfterALaterItemOfAListDoesNotDateAnEarlierOne(string sentence, string target)
    {
        Assert.NotEqual(Assertion.Historical, Assess(sentence, target).Assertion);
    }

    [Theory]
    [InlineData("Henoch-Schonlein purpura in childhood.", "Henoch-Schonlein purpura")]
    [InlineData("Pneumonia, treated with antibiotics two years ago.", "Pneumonia")]
    public void TimeAfterTheSameItemDatesIt(string sentence, string target)
    {
        Assert.Equal(Assertion.Historical, Assess(sentence, target).Assertion);
    }

    [Fact]
    public void NegationWinsOverHistory()
    {
        Assert.Equal(Assertion.Negated, Assess("No history of asthma.", "asthma").Assertion);
    }

    [Fact]
    public void BackwardTriggerDoesNotReachPastItsMaximumScope()
    {
        var decision = Assess("Effusion, with the new left lower lobe opacity and the right upper lobe scarring, has resolved.", "Effusion");

        Assert.Equal(Assertion.Present, decision.Assertion);
    }

    [Theory]
    [InlineData("Aware and oriented. Cardiopulmonary arrest normal.", "Cardiopulmonary arrest")]
    [InlineData("Auscultation: arrhythmia was normal.", "arrhythmia")]
    public void AFindingSaidToBeNormalRightAfterItIsNegated(string sentence, string target)
    {
        Assert.Equal(Assertion.Negated, Assess(sentence, target).Assertion);
    }

    [Theory]
    [InlineData("History of hypertension, normal renal function.", "hypertension")]
    [InlineData("Pneumonia with a normal white cell count.", "Pneumonia")]
    [InlineData("Cardiomegaly and the rest of the examination was normal.", "Cardiomegaly")]
    public void NormalFurtherOnInTheSentenceLeavesTheFindingPresent(string sentence, string target)
    {
        Assert.NotEqual(Assertion.Negated, Assess(sentence, target).Assertion);
    }

    [Fact]
    public void ADiagnosisConsideredIsStillUncertain()
    {
        Assert.Equal(Assertion.Possible, Assess("We considered pulmonary embolism and requested a CT angiography.", "pulmonary embolism").Assertion);
    }

    [Fact]
    public void EveryRuleHasAnExampleAndASource()
    {
        Assert.All(Detector.Rules, rule =>
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Example), rule.Literal);
            Assert.False(string.IsNullOrWhiteSpace(rule.Source), rule.Literal);
        });
    }

    [Fact]
    public void DuplicateTriggerIsRejected()
    {
        AssertionRule rule = new("no", TriggerCategory.Negated, "No effusion.", "test");

        Assert.Throws<InvalidDataException>(() => new AssertionDetector([rule, rule with { Category = TriggerCategory.Possible }]));
    }

    [Fact]
    public void StudyProtocolNamesTheQuestionNotAFinding()
    {
        var decision = Assess("CTA chest (pulmonary embolism protocol).", "pulmonary embolism");

        Assert.Equal((Assertion.Hypothetical, new Span(30, 38, "protocol")), (decision.Assertion, decision.Trigger));
    }

    [Fact]
    public void CounsellingTopicIsHypothetical()
    {
        var decision = Assess("Counselled on weight loss.", "weight loss");

        Assert.Equal((Assertion.Hypothetical, new Span(0, 13, "Counselled on")), (decision.Assertion, decision.Trigger));
    }

    [Theory]
    [InlineData("Serology for HIV, hepatitis B and syphilis was requested.", "syphilis", Assertion.Hypothetical, "Serology for")]
    [InlineData("Serologies of toxoplasma and brucella were requested.", "brucella", Assertion.Hypothetical, "Serologies of")]
    [InlineData("It was decided to extend serology to herpes and toxoplasmosis.", "toxoplasmosis", Assertion.Hypothetical, "serology to")]
    [InlineData("Serology against hepatitis C was requested.", "hepatitis C", Assertion.Hypothetical, "Serology against")]
    [InlineData("HIV serology was negative.", "HIV", Assertion.Negated, "was negative")]
    [InlineData("Toxoplasma (IgG) was negative.", "Toxoplasma", Assertion.Negated, "was negative")]
    [InlineData("Tests for syphilis and HIV were negative.", "HIV", Assertion.Negated, "were negative")]
    [InlineData("VDRL, HBsAg, HIV negative.", "HIV", Assertion.Negated, "negative")]
    [InlineData("Serology (toxoplasma, rubella, measles and mumps) negative.", "mumps", Assertion.Negated, "negative")]
    [InlineData("An influenza PCR was sent.", "influenza", Assertion.Hypothetical, "PCR")]
    [InlineData("Tumor markers were within normal limits.", "Tumor", Assertion.Hypothetical, "markers")]
    [InlineData("She completed the Beck depression inventory.", "depression", Assertion.Hypothetical, "inventory")]
    [InlineData("Glasgow coma scale of 15.", "coma", Assertion.Hypothetical, "scale")]
    [InlineData("MRSA screen on admission was negative.", "MRSA", Assertion.Hypothetical, "screen")]
    [InlineData("Serology was negative for hepatitis B.", "hepatitis B", Assertion.Negated, "was negative for")]
    [InlineData("The sickle cell disease test was also negative.", "sickle cell disease", Assertion.Negated, "was also negative")]
    [InlineData("Serologies for toxoplasma and syphilis were also negative.", "syphilis", Assertion.Negated, "were also negative")]
    public void WhatATestLooksForIsNoFindingUntilItsResultSaysSo(string sentence, string target, Assertion assertion, string trigger)
    {
        var decision = Assess(sentence, target);

        Assert.Equal((assertion, trigger), (decision.Assertion, decision.Trigger?.Text));
    }

    [Theory]
    [InlineData("Urinalysis showed glycosuria, microhematuria and negative nitrites.", "microhematuria")]
    [InlineData("Blood tests were normal except for proteinuria, and the urine culture was negative.", "proteinuria")]
    [InlineData("HER2 negative breast carcinoma.", "breast carcinoma")]
    [InlineData("She had proteinuria, and the blood cultures were also negative.", "proteinuria")]
    public void NegativeTestResultDoesNotReachAFindingBeforeIt(string sentence, string target)
    {
        Assert.Equal(Assertion.Present, Assess(sentence, target).Assertion);
    }

    [Theory]
    [InlineData("NEUROLOGIC: Negative headaches, negative syncope, negative seizures.", "seizures")]
    [InlineData("NEUROLOGIC: Negative headaches, negative syncope, negative seizures.", "headaches")]
    [InlineData("Abdomen: soft, nontender, negative hepatosplenomegaly.", "hepatosplenomegaly")]
    [InlineData("Negative chest pain and negative palpitations.", "palpitations")]
    [InlineData("Urine studies were done, with negative Bence-Jones proteinuria.", "Bence-Jones proteinuria")]
    public void NegativeOpeningAnItemOfAReviewOfSystemsNegatesIt(string sentence, string target)
    {
        Assert.Equal((Assertion.Negated, "negative"), (Assess(sentence, target).Assertion, Assess(sentence, target).Trigger?.Text.ToLowerInvariant()));
    }

    [Theory]
    [InlineData("She has triple negative breast cancer.", "breast cancer")]
    [InlineData("Blood cultures grew coagulase-negative staphylococcus.", "staphylococcus")]
    [InlineData("Estrogen receptor negative breast carcinoma.", "breast carcinoma")]
    [InlineData("Negative pressure pulmonary edema.", "pulmonary edema")]
    [InlineData("Tetanus was diagnosed after a puncture wound.", "Tetanus")]
    [InlineData("He has hepatitis B; vaccination of his family was advised.", "hepatitis B")]
    public void NegativeQualifyingTheWordsBeforeItOrFarFromTheMentionLeavesItPresent(string sentence, string target)
    {
        Assert.Equal(Assertion.Present, Assess(sentence, target).Assertion);
    }

    [Fact]
    public void AnAsideInBracketsDoesNotCountTowardsAPostNegationsReach()
    {
        const string sentence = "Pneumonia seen on CT dated last week at the county hospital (not seen on the prior radiograph) is not seen on today's film.";
        var decision = Assess(sentence, "Pneumonia");
        Assert.Equal((Assertion.Negated, sentence.LastIndexOf("not seen", StringComparison.Ordinal)), (decision.Assertion, decision.Trigger?.Start));
    }

    [Fact]
    public void ADrugOrderedStoppedDoesNotReachTheConditionNamedAfterIt()
    {
        Assert.Equal(Assertion.Present, Assess("Discontinue Plavix because of gastrointestinal bleeding.", "gastrointestinal bleeding").Assertion);
    }

    [Theory]
    [InlineData("Check the blood pressure given his long-standing hypertension.", "hypertension")]
    [InlineData("We recommend a colonoscopy because of the rectal bleeding.", "rectal bleeding")]
    [InlineData("He was taken off warfarin after the gastrointestinal bleeding.", "gastrointestinal bleeding")]
    [InlineData("The changes are consistent with pneumonia.", "pneumonia")]
    public void AnAdjacentQualifierDoesNotReachAConditionFurtherOn(string sentence, string target)
    {
        Assert.Equal(Assertion.Present, Assess(sentence, target).Assertion);
    }

    [Fact]
    public void AMinusMarkGluedToATestIsItsResultNotAFormMark()
    {
        Assert.Equal(Assertion.Present, Assess("Gastroscopy showed varices [F2 RC(-)] and multiple duodenal ulcers.", "duodenal ulcers").Assertion);
    }

    [Fact]
    public void APlusMarkEndsTheMinusMarkBeforeIt()
    {
        Assert.Equal(Assertion.Present, Assess("Cardiovascular: (-) chest pain (+) palpitations.", "palpitations").Assertion);
    }

    [Fact]
    public void AQuestionInAnEarlierSentenceLeavesAFindingPresent()
    {
        Assert.Equal(Assertion.Present, Assess("Was the radiograph reviewed? It shows pneumonia.", "pneumonia").Assertion);
    }

    [Fact]
    public void APostNegationBeyondItsReachWithoutBracketsLeavesTheMentionPresent()
    {
        const string sentence = "Pneumonia seen on CT examination dated last week at the county hospital emergency department, reviewed today, is not seen.";
        Assert.Equal(Assertion.Present, Assess(sentence, "Pneumonia").Assertion);
    }

    [Fact]
    public void APatientsOwnConcernAboutAConditionLeavesItPresent()
    {
        Assert.Equal(Assertion.Present, Assess("He is concerned about the heroin abuse.", "heroin abuse").Assertion);
    }
}
