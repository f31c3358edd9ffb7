package heard.publicform;

/** How the person wants the council to reply; a complaint always needs a way to reply. */
enum ReplyBy {
    EMAIL, PHONE, POST, NONE
}
