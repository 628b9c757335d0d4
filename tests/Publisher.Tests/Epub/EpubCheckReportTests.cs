namespace Publisher.Tests.Epub;

public sealed class EpubCheckReportTests
{
    [Fact]
    public void A_report_with_messages_is_read_with_counts_and_locations()
    {
        const string json = """
            {
              "checker": { "nFatal": 0, "nError": 1, "nWarning": 2 },
              "messages": [
                { "ID": "RSC-005", "severity": "ERROR", "message": "Error while parsing file",
                  "locations": [ { "path": "OEBPS/ch01.xhtml", "line": 3, "column": 7 } ] }
              ]
            }
            """;

        var report = EpubCheck.Parse(json);

        Assert.False(report.IsClean);
        Assert.Equal((0, 1, 2), (report.Fatals, report.Errors, report.Warnings));
        Assert.Equal("ERROR RSC-005: Error while parsing file (OEBPS/ch01.xhtml:3:7)", Assert.Single(report.Messages));
    }
}
