using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text;
using Publisher.Preview;

namespace Publisher.Tests.Preview;

/// <summary>
/// The preview's server: on 127.0.0.1 only, the next port when one is taken, answering only to its own name and
/// only GET and HEAD, and telling open pages about every new build.
/// </summary>
public sealed class PreviewServerTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task It_listens_on_the_loopback_address_only()
    {
        await using var server = await StartAsync(port: 0);

        Assert.Equal("127.0.0.1", server.Address.Host);
        var listeners = IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpListeners().Where(l => l.Port == server.Address.Port).ToList();
        Assert.NotEmpty(listeners);
        Assert.All(listeners, listener => Assert.True(IPAddress.IsLoopback(listener.Address), $"also listening on {listener.Address}"));
    }

    [Fact]
    public async Task A_taken_port_moves_the_preview_to_a_later_free_one()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        await using var server = await StartAsync(port);

        Assert.InRange(server.Address.Port, port + 1, port + PreviewServer.PortsToTry - 1);
        using var http = new HttpClient { Timeout = Timeout };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(server.Address)).StatusCode);
    }

    [Fact]
    public async Task A_request_for_another_host_name_is_refused()
    {
        await using var server = await StartAsync(port: 0);

        var answer = await RawAsync(server, "GET / HTTP/1.1\r\nHost: attacker.example:80\r\nConnection: close\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 421", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_get_and_head_are_answered()
    {
        await using var server = await StartAsync(port: 0);
        using var http = new HttpClient { Timeout = Timeout };

        var post = await http.PostAsync(server.Address, new StringContent("x"));
        var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, server.Address));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/../book.yml")]
    [InlineData("/images/../../../etc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/images%2f..%2f..%2fbook.yml")]
    [InlineData("/_preview/files/..%2f..%2fbook.yml")]
    public async Task A_path_that_climbs_out_reaches_nothing(string path)
    {
        await using var server = await StartAsync(port: 0);

        var answer = await RawAsync(server, $"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{server.Address.Port}\r\nConnection: close\r\n\r\n");

        Assert.Matches(@"^HTTP/1\.1 (400|404) ", answer);
        Assert.DoesNotContain("root:", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_pages_hear_of_every_new_snapshot()
    {
        var first = Snapshot();
        await using var server = await StartAsync(port: 0, first);
        using var http = new HttpClient { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        using var cancel = new CancellationTokenSource(Timeout);
        using var events = new StreamReader(await http.GetStreamAsync(new Uri(server.Address, PreviewSite.EventsPath), cancel.Token));

        Assert.Equal($"data: {{\"document\":\"{first.DocumentVersion}\",\"revision\":1}}", await NextDataAsync(events, cancel.Token));

        server.Show(first with { Revision = 2 });
        Assert.Equal($"data: {{\"document\":\"{first.DocumentVersion}\",\"revision\":2}}", await NextDataAsync(events, cancel.Token));

        server.Show(first with { Revision = 3, DocumentBuild = 2 });
        Assert.Equal("data: {\"document\":\"s-2\",\"revision\":3}", await NextDataAsync(events, cancel.Token));
    }

    private static PreviewSnapshot Snapshot() => new()
    {
        Session = "s",
        Revision = 1,
        Build = 1,
        DocumentBuild = 1,
        State = BuildState.Succeeded,
        Document = DocumentSamples.Rich(),
    };

    private static async Task<PreviewServer> StartAsync(int port, PreviewSnapshot? snapshot = null)
    {
        using var cancel = new CancellationTokenSource(Timeout);
        return await PreviewServer.StartAsync(port, snapshot ?? Snapshot(), cancel.Token);
    }

    private static async Task<string?> NextDataAsync(StreamReader events, CancellationToken cancel)
    {
        while (await events.ReadLineAsync(cancel) is { } line)
        {
            if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                return line;
            }
        }

        return null;
    }

    /// <summary>Sends a request exactly as written (no client tidies the path) and returns the whole answer.</summary>
    private static async Task<string> RawAsync(PreviewServer server, string request)
    {
        using var cancel = new CancellationTokenSource(Timeout);
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, server.Address.Port, cancel.Token);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), cancel.Token);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancel.Token);
    }
}
