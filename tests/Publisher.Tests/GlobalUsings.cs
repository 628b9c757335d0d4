global using Publisher.Diagnostics;
global using Publisher.Document;
global using Publisher.Publishing;
global using Publisher.Tests.Support;
