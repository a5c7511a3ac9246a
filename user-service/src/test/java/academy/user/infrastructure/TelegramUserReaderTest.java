package academy.user.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.user.domain.InitDataRejected;
import academy.user.domain.TelegramUser;
import org.junit.jupiter.api.Test;

class TelegramUserReaderTest {

    @Test
    void reads_the_signed_user_with_escaped_slashes_and_an_int64_id() {
        TelegramUser user = TelegramUserReader.read("{\"id\":7012345678901,\"first_name\":\"Tom & Jerry = 🐱\","
                + "\"last_name\":\"K\",\"username\":\"tj\",\"language_code\":\"ru\",\"is_premium\":true,"
                + "\"photo_url\":\"https:\\/\\/t.me\\/i\\/userpic\\/320\\/a.svg\"}");

        assertThat(user).isEqualTo(new TelegramUser(7012345678901L, "Tom & Jerry = 🐱", "K", "tj", "ru",
                "https://t.me/i/userpic/320/a.svg"));
    }

    @Test
    void optional_fields_may_be_absent() {
        assertThat(TelegramUserReader.read("{\"id\":42}")).isEqualTo(new TelegramUser(42, "", null, null, null, null));
    }

    @Test
    void a_missing_non_integer_or_oversized_id_or_bad_json_is_rejected() {
        for (String bad : new String[] {"{}", "{\"id\":\"42\"}", "{\"id\":4.2}", "{\"id\":-1}",
                "{\"id\":99999999999999999999999}", "[1]", "not json", "{\"id\":1"}) {
            assertThatThrownBy(() -> TelegramUserReader.read(bad)).as(bad).isInstanceOf(InitDataRejected.class);
        }
    }
}
