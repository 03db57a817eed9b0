using MedDoc.Api.Persistence;
using MedDoc.Contracts;

namespace MedDoc.Api.Documents;

/// <summary>An analysed upload ready to be saved: the document row (with its analysis row) and the analysis as answered.</summary>
public sealed record PreparedDocument(Document Document, AnalysisResponse Analysis);
