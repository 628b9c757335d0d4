using Publisher.Pdf.Layout;

namespace Publisher.Tests.Architecture.Probe.Document;

/// <summary>Breaks a stage rule on purpose (a "Document" type that uses a PDF page), so the rule checker can be seen to fail.</summary>
internal sealed class ReachesIntoPdf
{
    public PageFrame? Page { get; init; }
}
