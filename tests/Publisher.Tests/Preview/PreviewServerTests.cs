using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using Publisher.Preview;

namespace Publisher.Tests.Preview;

/// <summary>
/// The preview's server: on 127.0.0.1 only, the next port when one is taken, answering only to its own name and
/// only GET and HEAD, and telling open pages (and only its own) about every new build.
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
        using var cancel = new CancellationTokenSource(Timeout);
        using var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Origin", server.Address.GetLeftPart(UriPartial.Authority));
        await socket.ConnectAsync(EventsUri(server), cancel.Token);

        Assert.Equal($"{{\"document\":\"{first.DocumentVersion}\",\"revision\":1}}", await NextMessageAsync(socket, cancel.Token));

        server.Show(first with { Revision = 2 });
        Assert.Equal($"{{\"document\":\"{first.DocumentVersion}\",\"revision\":2}}", await NextMessageAsync(socket, cancel.Token));

        server.Show(first with { Revision = 3, DocumentBuild = 2 });
        Assert.Equal("{\"document\":\"s-2\",\"revision\":3}", await NextMessageAsync(socket, cancel.Token));
    }

    [Fact]
    public async Task Another_sites_page_cannot_listen()
    {
        await using var server = await StartAsync(port: 0);
        using var cancel = new CancellationTokenSource(Timeout);
        using var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Origin", "https://attacker.example");

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(EventsUri(server), cancel.Token));
    }

    [Fact]
    public async Task Open_pages_are_let_go_when_the_server_stops()
    {
        var server = await StartAsync(port: 0);
        using var cancel = new CancellationTokenSource(Timeout);
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(EventsUri(server), cancel.Token);
        await NextMessageAsync(socket, cancel.Token);

        await server.DisposeAsync();

        Assert.Null(await NextMessageAsync(socket, cancel.Token));
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

    private static Uri EventsUri(PreviewServer server) =>
        new UriBuilder(new Uri(server.Address, PreviewSite.EventsPath)) { Scheme = "ws" }.Uri;

    /// <summary>The next text message, or null when the server closed the socket.</summary>
    private static async Task<string?> NextMessageAsync(ClientWebSocket socket, CancellationToken cancel)
    {
        var buffer = new byte[4096];
        var message = new StringBuilder();
        while (true)
        {
            WebSocketReceiveResult received;
            try
            {
                received = await socket.ReceiveAsync(buffer, cancel);
            }
            catch (WebSocketException)
            {
                return null;
            }

            if (received.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Append(Encoding.UTF8.GetString(buffer, 0, received.Count));
            if (received.EndOfMessage)
            {
                return message.ToString();
            }
        }
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
