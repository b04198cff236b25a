package io.griddle.examples.tutorial.websockets_;

/** The small browser page the tutorials serve at {@code /}: a form that sends text over a WebSocket. */
final class ChatPage {

    private ChatPage() {}

    /**
     * The page; {@code connect} is the script that opens the socket (and may read fields of the form), and
     * {@code fields} the extra form inputs it reads.
     */
    static String html(String title, String fields, String connect) {
        return """
                <!DOCTYPE html>
                <html>
                    <head><title>Chat</title></head>
                    <body>
                        <h1>%s</h1>
                        <form action="" onsubmit="sendMessage(event)">
                            %s
                            <input type="text" id="messageText" autocomplete="off"/>
                            <button>Send</button>
                        </form>
                        <ul id="messages"></ul>
                        <script>
                            var ws = null;
                            %s
                            function show(text) {
                                var item = document.createElement('li');
                                item.appendChild(document.createTextNode(text));
                                document.getElementById('messages').appendChild(item);
                            }
                            function sendMessage(event) {
                                var input = document.getElementById("messageText");
                                ws.send(input.value);
                                input.value = '';
                                event.preventDefault();
                            }
                        </script>
                    </body>
                </html>
                """.formatted(title, fields, connect);
    }
}
