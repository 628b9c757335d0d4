using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Publisher.Tests.Support;

/// <summary>
/// A web server on 127.0.0.1, started by a test, that records every connection and request it gets and answers each
/// with a small PNG picture, so that a build that did fetch something would succeed in doing so and be caught all the
/// same. It listens on a port the system picks (no other test can take it), and speaks just enough HTTP/1.1.
/// </summary>
internal sealed class WatchingServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;

    public WatchingServer()
    {
        _listener.Start();
        Address = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";
        _serving = Task.Run(Serve);
    }

    /// <summary>The server's address, without a trailing slash: <c>http://127.0.0.1:PORT</c>.</summary>
    public string Address { get; }

    /// <summary>The path of every request so far ("(connection)" for a connection that sent no request line).</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _serving.Wait(TimeSpan.FromSeconds(5));
        _stop.Dispose();
    }

    private async Task Serve()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => Answer(client));
        }
    }

    private async Task Answer(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
            string? requestLine;
            try
            {
                requestLine = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(5));
                while (await reader.ReadLineAsync() is { Length: > 0 })
                {
                }
            }
            catch (Exception e) when (e is IOException or TimeoutException)
            {
                requestLine = null;
            }

            // "GET /photo.png HTTP/1.1": the path is the second word.
            _requests.Enqueue(requestLine?.Split(' ') is [_, var path, ..] ? path : "(connection)");
            var picture = Book.TestImages.Png(5, 5);
            var head = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: {picture.Length}\r\nConnection: close\r\n\r\n");
            try
            {
                await stream.WriteAsync(head);
                await stream.WriteAsync(picture);
            }
            catch (IOException)
            {
                // The client went away; the request is recorded all the same.
            }
        }
    }
}
