using MedDoc.Engine.Text;

namespace MedDoc.Engine.Coding;

// NeoplasmCoder, part: the choice of the report's primary site among the sites its cancers are placed at.
public sealed partial class NeoplasmCoder
{
    // The sites the clinician's sections (clinical history, pre-operative diagnosis) give to a malignancy: "Clinical
    // history: bladder cancer" → bladder. They name the tumour the operation was for, so they tell the primary when the
    // report's own diagnoses place malignancies at several sites. Never coded from there alone.
    private List<SiteMention> ClinicalSites(IReadOnlyList<Token> tokens, SentenceView[] analysed)
    {
        var sites = new List<SiteMention>();
        foreach (var sentence in analysed)
        {
            if (!_clinicalSections.Contains(sentence.Section))
            {
                continue;
            }
            for (var m = 0; m < sentence.Morphologies.Count; m++)
            {
                var morphology = sentence.Morphologies[m];
                if (morphology.Value.Behavior != NeoplasmBehavior.Primary || sentence.Assertions[m] != Assertion.Present
                    || IsMetastatic(tokens, sentence.Range, morphology.Tokens))
                {
                    continue;
                }
                if (OriginSite(tokens, sentence, morphology.Tokens, false) is { Match.Value.Entry.Primary: not null } site)
                {
                    sites.Add(site);
                }
            }
        }
        return sites;
    }

    // The categories of the sites the report's own diagnoses say a malignancy is not at: "-NO HIGH GRADE PROSTATIC
    // INTRAEPITHELIAL NEOPLASIA OR PROSTATIC ADENOCARCINOMA IDENTIFIED", "Prostate: negative for carcinoma" (the sentence's
    // site, or the site the wrapped line above ends on; never a heading's, which a margin or a node can share).
    private HashSet<string> RuledOutSites(IReadOnlyList<Token> tokens, SentenceView[] analysed, bool[] options)
    {
        var categories = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < analysed.Length; s++)
        {
            var sentence = analysed[s];
            if (options[s] || _clinicalSections.Contains(sentence.Section) || !IsCoded(tokens, sentence))
            {
                continue;
            }
            for (var m = 0; m < sentence.Morphologies.Count; m++)
            {
                var morphology = sentence.Morphologies[m];
                if (sentence.Assertions[m] == Assertion.Negated && morphology.Value.Behavior == NeoplasmBehavior.Primary
                    && (OriginSite(tokens, sentence, morphology.Tokens, false) ?? WrappedSite(tokens, analysed, s, morphology.Tokens, true))
                        is { Match.Value.Entry.Primary: { } primary })
                {
                    categories.Add(Category(primary));
                }
            }
        }
        return categories;
    }

    // A cancer the clinician's sections name ("PRE-OPERATIVE DIAGNOSIS: Prostate cancer") that the report's diagnoses rule
    // out at its site, and place at none, gives way: the pre-operative diagnosis was the reason for the operation, the
    // report's diagnosis its finding (a cystoprostatectomy for a urothelial carcinoma whose prostate holds no adenocarcinoma).
    private void ClinicalRuledOut(List<Candidate> candidates, HashSet<string> clinical, IReadOnlySet<string> ruledOut)
    {
        var found = candidates.Where(candidate => candidate.Column == NeoplasmBehavior.Primary && !_clinicalSections.Contains(candidate.Section))
            .Select(candidate => Category(candidate.Code)).ToHashSet(StringComparer.Ordinal);
        var givenWay = ruledOut.Where(category => !found.Contains(category)).ToHashSet(StringComparer.Ordinal);
        candidates.RemoveAll(candidate => _clinicalSections.Contains(candidate.Section) && givenWay.Contains(Category(candidate.Code)));
        clinical.ExceptWith(givenWay);
    }

    // One resection report describes one primary tumour: its tumour-site line names it, else the one site its text
    // places its malignancies at (a site the tumour reaches, "Left seminal vesicle involved by carcinoma", never
    // decides; the pre-operative diagnosis counts, it tells a cervical cancer from a uterine one). A malignancy
    // that only a specimen heading places at another site is that site's secondary ("B. Omentum: carcinoma" after
    // "A. Right ovary: serous carcinoma" → C78.6). A second primary is coded when the report states it as a diagnosis of
    // its own ("PROSTATE: Prostatic adenocarcinoma, Gleason score 6" in a cystoprostatectomy with a "Tumor site:
    // bladder" line); a mention in passing ("CAP protocol for carcinoma of the prostate") is not. When the text places
    // malignancies at several sites and no site line decides, none is coded as primary here: the curated concepts that
    // state a diagnosis of their own are (Icd10Coder).
    private List<NeoplasmMention> SinglePrimary(
        List<Candidate> candidates, SiteMention? siteLine, IReadOnlySet<string> clinical, IReadOnlySet<string> namedPrimaries)
    {
        var placed = candidates.Where(candidate => candidate.Column == NeoplasmBehavior.Primary && !candidate.Extension).ToArray();
        var named = placed.Where(candidate => candidate.Site is not { Inferred: true }).ToArray();
        var inferredOnly = named.Length == 0;
        var placing = (inferredOnly ? placed : named).Select(candidate => Category(candidate.Code)).ToHashSet(StringComparer.Ordinal);
        var wholes = placing.Where(category => _unspecifiedParts.TryGetValue(category, out var parts) && parts.Overlaps(placing)).ToArray();
        placing.ExceptWith(wholes);
        clinical = Narrowed(clinical, wholes, placing);
        namedPrimaries = Narrowed(namedPrimaries, wholes, placing);
        namedPrimaries = Widened(namedPrimaries, placing);
        siteLine = NamedOverSiteLine(siteLine, placing, namedPrimaries);
        var overlap = siteLine is null ? Overlap(placing, clinical, namedPrimaries) : null;
        var primaryCategory = siteLine?.Match.Value.Entry.Primary is { } stated ? Category(stated)
            : overlap is not null ? Category(overlap.Code) : PrimaryCategory(placing, clinical, namedPrimaries);
        if (primaryCategory is { Length: 0 } && MainSpecimen(inferredOnly ? placed : named, placing) is { } main)
        {
            primaryCategory = main;
        }
        if (primaryCategory is { Length: 0 } && OnlyStatedDiagnosis(named) is { } diagnosed)
        {
            primaryCategory = diagnosed;
        }
        // A carcinoma only said to reach a site ("Left seminal vesicle involved by carcinoma") in a report whose clinical
        // sections name one cancer ("Prostate ca.") is that cancer's spread, not a primary of the site it reaches.
        if (primaryCategory is null && clinical.Count == 1 && candidates.Any(candidate => candidate.Extension))
        {
            primaryCategory = clinical.Single();
        }
        // "MAXILLA, PARTIAL MAXILLECTOMY:" / "Squamous cell carcinoma" / "Tumor Site: Hard palate": where the tumour-site line
        // names an organ at which nothing is placed, a malignancy only its heading placed is the one the line describes.
        var siteLineCode = siteLine?.Match.Value.Entry.Primary is { } lineCode && !placed.Any(candidate => Category(candidate.Code) == Category(lineCode))
            ? Complete(lineCode, siteLine.Side) : null;
        var mentions = new List<NeoplasmMention>();
        foreach (var candidate in candidates)
        {
            var code = candidate.Code;
            var evidence = candidate.Evidence;
            if (candidate.Column == NeoplasmBehavior.Primary && overlap is not null && overlap.Categories.Contains(Category(code)))
            {
                code = overlap.Code;
            }
            else if (candidate.Column == NeoplasmBehavior.Primary && (wholes.Contains(Category(code)) || candidate.Site is { Inferred: true } && !inferredOnly))
            {
                code = null;
            }
            else if (siteLineCode is not null && candidate.Column == NeoplasmBehavior.Primary && !candidate.Stated && !candidate.Extension)
            {
                code = siteLineCode;
                evidence = siteLine!.Span.Start < candidate.Morphology.Start ? [siteLine.Span, candidate.Morphology] : [candidate.Morphology, siteLine.Span];
            }
            else if (candidate.Column == NeoplasmBehavior.Primary && primaryCategory is not null && Category(code) != primaryCategory)
            {
                code = candidate.Stated ? (candidate.Statement && primaryCategory is { Length: > 0 } ? code : null)
                    : candidate.Site?.Match.Value.Entry.Secondary is { } secondary ? Complete(secondary, candidate.Site.Side) : null;
            }
            if (code is not null && _catalog.IsBillable(code))
            {
                mentions.Add(new NeoplasmMention(IcdCatalog.WithDot(code), candidate.Morphology, evidence, candidate.Section));
            }
        }
        return mentions;
    }

    // A tumour-site line gives way to the primary the pathologist names at another site the report places a malignancy at
    // ("Metastatic serous adenocarcinoma of primary uterine origin" beside the ovarian synoptic's "Tumor site: Left
    // adnexa"): the line describes one specimen's tumour, the named primary the relation of them all. A contiguous site
    // (ovary and tube) is the same tumour and keeps the line.
    private SiteMention? NamedOverSiteLine(SiteMention? siteLine, IReadOnlySet<string> placing, IReadOnlySet<string> namedPrimaries)
    {
        if (siteLine?.Match.Value.Entry.Primary is not { } lineCode)
        {
            return siteLine;
        }
        var line = Category(lineCode);
        var named = placing.Where(namedPrimaries.Contains).ToArray();
        return named.Length == 1 && !namedPrimaries.Contains(line) && Contiguous(named[0]) != Contiguous(line) ? null : siteLine;
    }

    // The category of the report's main specimen when its malignancies are placed at several sites and nothing else names
    // the primary: the site of its first placed malignancy, when the report also places more of its malignancies there than
    // at any other site ("A. Ovary, right: serous carcinoma" / "B. Ovary, left: serous carcinoma" / "C. Sigmoid colon:
    // carcinoma" → ovary). A report that opens with one site and dwells on another, or dwells on two alike, names none.
    // Contiguous sites of one overlapping-lesion rule count together ("A. Ovary, right" / "B. Fallopian tube, right" /
    // "C. Uterus, serosa" → ovary).
    private string? MainSpecimen(IReadOnlyList<Candidate> placed, IReadOnlySet<string> placing)
    {
        var categories = placed.Select(candidate => Category(candidate.Code)).Where(placing.Contains).ToArray();
        if (categories.Length == 0)
        {
            return null;
        }
        var counts = categories.CountBy(Contiguous).OrderByDescending(pair => pair.Value).ToArray();
        return counts[0].Key == Contiguous(categories[0]) && (counts.Length == 1 || counts[1].Value < counts[0].Value) ? categories[0] : null;
    }

    // "(A) BASE OF TONGUE:" / "Invasive squamous carcinoma" and "LARYNX, LARYNGECTOMY:" / "Squamous cell carcinoma of the
    // supraglottic larynx": where headings place malignancies at several sites and nothing else names the primary, the one
    // category a diagnosis places in its own words (the others are its spread).
    private static string? OnlyStatedDiagnosis(IReadOnlyList<Candidate> placed)
    {
        var stated = placed.Where(candidate => candidate.Stated && candidate.Statement).Select(candidate => Category(candidate.Code)).Distinct(StringComparer.Ordinal).ToArray();
        return stated is [{ } only] ? only : null;
    }

    private string Contiguous(string category) => _overlappingSites.FirstOrDefault(rule => rule.Categories.Contains(category))?.Code ?? category;

    // A named organ whose part the report places the tumour in names that part ("Clinical history: uterine cancer" with
    // "Endometrium: endometrioid adenocarcinoma" names the endometrium).
    private IReadOnlySet<string> Narrowed(IReadOnlySet<string> categories, IReadOnlyList<string> wholes, IReadOnlySet<string> placing)
    {
        var narrowed = categories.ToHashSet(StringComparer.Ordinal);
        foreach (var whole in wholes.Where(categories.Contains))
        {
            narrowed.UnionWith(_unspecifiedParts[whole].Where(placing.Contains));
        }
        return narrowed;
    }

    // A part of an organ named where the report places the tumour only in the organ, its part unspecified, names that organ
    // ("consistent with endometrial primary" with "Uterus, hysterectomy: serous carcinoma" names the uterus).
    private IReadOnlySet<string> Widened(IReadOnlySet<string> categories, IReadOnlySet<string> placing)
    {
        var widened = categories.ToHashSet(StringComparer.Ordinal);
        foreach (var whole in placing)
        {
            if (_unspecifiedParts.TryGetValue(whole, out var parts) && parts.Overlaps(categories) && !parts.Overlaps(placing))
            {
                widened.Add(whole);
            }
        }
        return widened;
    }

    // The overlapping-lesion code for a primary placed at several categories, all contiguous sites of one rule ("Ovary,
    // left: serous carcinoma" and "Fallopian tube, left: serous carcinoma" → C57.8), when neither the clinical sections nor
    // the report's own words name one of them as the primary.
    private OverlappingSiteRule? Overlap(IReadOnlySet<string> placing, IReadOnlySet<string> clinical, IReadOnlySet<string> namedPrimaries)
    {
        if (placing.Count < 2 || PrimaryCategory(placing, clinical, namedPrimaries) is not { Length: 0 })
        {
            return null;
        }
        return _overlappingSites.FirstOrDefault(rule => placing.All(rule.Categories.Contains));
    }

    // The one category the candidates place tumours at; when they place them at several, the one of them the report names
    // as the primary ("consistent with an ovarian primary", "endocervical origin is favored": the pathologist's judgement
    // on the specimens), else the one of them the clinical sections name (the clinician's before the operation); else ""
    // (no single primary: each stays at most a diagnosis stated in its own sentence, the curated concepts decide).
    private static string? PrimaryCategory(IReadOnlySet<string> categories, IReadOnlySet<string> clinical, IReadOnlySet<string> namedPrimaries)
    {
        var named = categories.Where(clinical.Contains).ToArray();
        var primaries = categories.Where(namedPrimaries.Contains).ToArray();
        return categories.Count switch
        {
            0 => null,
            1 => categories.First(),
            _ when primaries.Length == 1 => primaries[0],
            _ => named.Length == 1 ? named[0] : "",
        };
    }

    // The categories of the sites the report calls the primary or the origin: "ovarian primary", "primary uterine papillary
    // serous carcinoma", "primary in pancreas", "of endometrial origin" — the site just before the word or just after it (past "in"/"of"), stated or
    // favoured ("favor ovarian primary": the tumours are diagnosed, only their relation is the pathologist's judgement),
    // never negated or hypothetical ("to exclude a primary lung tumor", "argues against a primary lung carcinoma"), and not
    // in a sentence that offers alternatives ("represents primary uterine carcinoma with metastases, or multifocal carcinoma").
    // A differential ("primary peritoneal versus primary tubal carcinoma") names two, and the caller then takes neither.
    private HashSet<string> NamedPrimaries(string text, IReadOnlyList<Token> tokens, SentenceView[] analysed)
    {
        var categories = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in analysed)
        {
            if (Words(tokens, sentence.Range).Any(word => word is "or" or "versus" or "vs"))
            {
                continue;
            }
            for (var i = sentence.Range.Start; i < sentence.Range.End; i++)
            {
                if (tokens[i].Value is not (PrimaryWord or OriginWord))
                {
                    continue;
                }
                var after = i + 1 < sentence.Range.End && IsOrigin(tokens[i + 1].Value) ? i + 2 : i + 1;
                var named = sentence.Sites.Where(site => site.Match.Tokens.End == i || site.Match.Tokens.Start == after).ToArray();
                if (named.Length == 0 || _assertions.Assess(text, tokens, sentence.Range, [new TokenRange(i, i + 1)])[0].Assertion is not (Assertion.Present or Assertion.Possible))
                {
                    continue;
                }
                foreach (var site in named)
                {
                    if (site.Match.Value.Entry.Primary is { } primary)
                    {
                        categories.Add(Category(primary));
                    }
                }
            }
        }
        return categories;
    }

    private const string PrimaryWord = "primary";
}
