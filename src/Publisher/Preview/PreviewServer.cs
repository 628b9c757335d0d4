using System.Net;
using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Publisher.Preview;

/// <summary>
/// The preview's web server: Kestrel listening on 127.0.0.1 only, answering GET and HEAD with what
/// <see cref="PreviewSite"/> makes of the current <see cref="PreviewSnapshot"/>, and telling open pages about every
/// new snapshot through a WebSocket (<c>/_preview/events</c>; server-sent events would hold one of the browser's six
/// connections to a server per open page, and a seventh tab would hang). Requests that name another host, and
/// WebSockets opened by another site's pages, are refused, so a web page cannot reach the preview through a name it
/// points at this machine.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    /// <summary>The port tried first when none is asked for, as mdBook does.</summary>
    public const int DefaultPort = 3000;

    /// <summary>How many ports, from the one asked for, are tried before giving up.</summary>
    public const int PortsToTry = 20;

    private const string Policy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; frame-ancestors 'self'";

    private readonly CancellationTokenSource _stopping = new();
    private WebApplication? _app;
    private PreviewSnapshot _snapshot;
    private TaskCompletionSource _changed = NewSignal();
    private string _host = "";

    private PreviewServer(PreviewSnapshot snapshot) => _snapshot = snapshot;

    /// <summary>The preview's address, <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>What the preview shows now.</summary>
    public PreviewSnapshot Snapshot => Volatile.Read(ref _snapshot);

    /// <summary>
    /// Starts serving <paramref name="snapshot"/> on <paramref name="port"/>, or the next free port after it
    /// (<see cref="PortsToTry"/> in all); port 0 takes any free port.
    /// </summary>
    /// <exception cref="IOException">No port could be had.</exception>
    public static async Task<PreviewServer> StartAsync(int port, PreviewSnapshot snapshot, CancellationToken cancel)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, IPEndPoint.MaxPort);
        var last = port == 0 ? 0 : Math.Min(IPEndPoint.MaxPort, port + PortsToTry - 1);
        for (var candidate = port; ; candidate++)
        {
            var server = new PreviewServer(snapshot);
            try
            {
                await server.ListenAsync(candidate, cancel);
                return server;
            }
            catch (IOException) when (candidate < last)
            {
                await server.DisposeAsync();
            }
            catch (IOException e)
            {
                await server.DisposeAsync();
                var range = port == last ? $"port {port}" : $"ports {port} to {last}";
                throw new IOException($"cannot serve the preview: {range} on 127.0.0.1 are taken or refused ({e.Message})", e);
            }
        }
    }

    /// <summary>Shows <paramref name="snapshot"/> from now on and tells every open page.</summary>
    public void Show(PreviewSnapshot snapshot)
    {
        Volatile.Write(ref _snapshot, snapshot);
        Interlocked.Exchange(ref _changed, NewSignal()).TrySetResult();
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_app is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _app.StopAsync(timeout.Token);
            await _app.DisposeAsync();
        }

        _stopping.Dispose();
    }

    private async Task ListenAsync(int port, CancellationToken cancel)
    {
        // The empty builder reads no configuration, environment or command line: nothing can make it listen elsewhere.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "Publisher.Preview" });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, port);
        });
        _app = builder.Build();
        _app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(20) });
        _app.Run(HandleAsync);
        await _app.StartAsync(cancel);
        var bound = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new IOException("the server started without an address");
        Address = new Uri(new Uri(bound), "/");
        _host = $"127.0.0.1:{Address.Port}";
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = Policy;
        if (!IsThisHost(request.Host))
        {
            await PlainAsync(response, StatusCodes.Status421MisdirectedRequest, $"This server answers only to {_host}.");
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            await PlainAsync(response, StatusCodes.Status405MethodNotAllowed, "Only GET and HEAD.");
            return;
        }

        var path = request.Path.HasValue ? request.Path.Value! : "/";
        if (path == PreviewSite.EventsPath)
        {
            await EventsAsync(context);
            return;
        }

        var page = request.Query["page"].FirstOrDefault();
        switch (PreviewSite.Respond(Snapshot, path, page))
        {
            case PreviewResponse.Content content:
                response.StatusCode = content.Status;
                response.ContentType = content.MediaType;
                response.ContentLength = content.Body.Length;
                if (HttpMethods.IsGet(request.Method))
                {
                    await response.Body.WriteAsync(content.Body, context.RequestAborted);
                }

                break;
            case PreviewResponse.Artifact artifact when File.Exists(artifact.FullPath):
                response.ContentType = artifact.MediaType;
                response.Headers.ContentDisposition = $"inline; filename=\"{Path.GetFileName(artifact.FullPath)}\"";
                await response.SendFileAsync(artifact.FullPath, context.RequestAborted);
                break;
            default:
                await PlainAsync(response, StatusCodes.Status404NotFound, "Not found.");
                break;
        }
    }

    private bool IsThisHost(HostString host) =>
        host.Value is { } value &&
        (value.Equals(_host, StringComparison.OrdinalIgnoreCase) ||
         value.Equals($"localhost:{Address.Port}", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The page's WebSocket: the current document version and revision at once, then again after every new snapshot,
    /// until the page goes away or the server stops.
    /// </summary>
    private async Task EventsAsync(HttpContext context)
    {
        var origin = context.Request.Headers.Origin.FirstOrDefault();
        if (!context.WebSockets.IsWebSocketRequest || (origin is not null && !IsThisHost(new HostString(new Uri(origin, UriKind.Absolute).Authority))))
        {
            await PlainAsync(context.Response, StatusCodes.Status400BadRequest, "Only a page of this preview may listen here.");
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        // The page sends nothing; reading only notices when it closes.
        var closed = DrainAsync(socket, stop);
        try
        {
            var sent = "";
            while (socket.State == WebSocketState.Open)
            {
                // Take the signal before reading the snapshot, so a snapshot shown in between is not missed.
                var changed = Volatile.Read(ref _changed).Task;
                var snapshot = Snapshot;
                var update = $"{{\"document\":\"{snapshot.DocumentVersion}\",\"revision\":{snapshot.Revision}}}";
                if (update != sent)
                {
                    await socket.SendAsync(Encoding.UTF8.GetBytes(update), WebSocketMessageType.Text, endOfMessage: true, stop.Token);
                    sent = update;
                }

                await Task.WhenAny(changed, closed).WaitAsync(stop.Token);
            }

            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The page was closed or the watch is stopping.
        }
    }

    private static async Task DrainAsync(WebSocket socket, CancellationTokenSource stop)
    {
        var buffer = new byte[256];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                if ((await socket.ReceiveAsync(buffer, stop.Token)).MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Closed either way.
        }
    }

    private static async Task PlainAsync(HttpResponse response, int status, string text)
    {
        response.StatusCode = status;
        response.ContentType = "text/plain; charset=utf-8";
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(text + "\n"));
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
