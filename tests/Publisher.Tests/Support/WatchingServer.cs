using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Publisher.Tests.Support;

/// <summary>
/// A web server on 127.0.0.1, started by a test, that records every request it gets and answers each with a small
/// PNG picture, so that a build that did fetch something would succeed in doing so and be caught all the same.
/// </summary>
internal sealed class WatchingServer : IDisposable
{
    private readonly HttpListener _listener;
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly Task _serving;

    public WatchingServer()
    {
        // A free port from the system; another test could take it before the listener does, so try again then.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                _listener = listener;
                Address = $"http://127.0.0.1:{port}";
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }

        _serving = Task.Run(Serve);
    }

    /// <summary>The server's address, without a trailing slash: <c>http://127.0.0.1:PORT</c>.</summary>
    public string Address { get; }

    /// <summary>The path and query of every request so far.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _requests.Enqueue(context.Request.RawUrl ?? "/");
            context.Response.ContentType = "image/png";
            var picture = Book.TestImages.Png(5, 5);
            await context.Response.OutputStream.WriteAsync(picture);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
